// One place that starts what an e2e file needs: the fixture server and Chromium with the
// extension. Use inside a describe: `const env = useE2E();` then `env.ext`, `env.server`.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { startServer, type FixtureServer } from './harness/server';

export interface E2E {
  ext: ExtensionBrowser;
  server: FixtureServer;
}

export function useE2E(): E2E {
  const env = {} as E2E;
  beforeAll(async () => {
    env.server = await startServer();
    env.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
