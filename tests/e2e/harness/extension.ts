// Chromium with the test build of the extension loaded, and the extension's id.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { ROOT } from './server';

/** `npm run build:e2e` writes here: the shipped build plus a host permission for 127.0.0.1. */
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The user's own setting "Don't allow sites to use JavaScript", set in the profile. */
  blockPageScripts?: boolean;
}

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-profile-'));
  if (options.blockPageScripts) {
    fs.mkdirSync(path.join(userDataDir, 'Default'));
    const prefs = { profile: { default_content_setting_values: { javascript: 2 } } };
    fs.writeFileSync(path.join(userDataDir, 'Default/Preferences'), JSON.stringify(prefs));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: { width: 1000, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url` (tabs are only visible to extension code). Retries briefly: a tab
 * that is still committing its navigation reports its new URL a moment later. */
export async function tabIdFor(ext: ExtensionBrowser, url: string): Promise<number> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const id = await ext.worker.evaluate(async (u: string) => {
      // Runs in the service worker, where `chrome` is the extension API.
      type Tab = { id?: number; url?: string; pendingUrl?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      const byUrl = tabs.find((t) => t.url === u || t.pendingUrl === u);
      if (byUrl) return byUrl.id ?? null;
      // Browser pages (chrome://…) hide their URL from extensions: take the tab just opened.
      const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return u.startsWith('chrome://') ? (active?.id ?? null) : null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}
