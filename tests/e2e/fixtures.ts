// One place that starts what an e2e file needs: the fixture server and Chromium with the
// extension. Use inside a describe: `const env = useE2E();` then `env.ext`, `env.server`.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './harness/extension';
import { startServer, type FixtureServer, type ServerOptions, ROUTES } from './harness/server';

export interface E2E {
  ext: ExtensionBrowser;
  server: FixtureServer;
}

export function useE2E(options: { launch?: LaunchOptions; server?: ServerOptions } = {}): E2E {
  const env = {} as E2E;
  beforeAll(async () => {
    env.server = await startServer(ROUTES, options.server);
    env.ext = await launchWithExtension(undefined, options.launch);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
