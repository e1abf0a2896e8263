// Storage faults in the real extension: saves from several extension pages at once, then a lost
// index and a damaged entry. No saved article may be lost, and the library says what happened.
// (Quota errors, older schemas and failed index writes: tests/unit/library/store.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/extension';
import { startServer, type FixtureServer } from './harness/server';
import { hostileArticle } from './harness/hostile-pages';
import { PopupPage } from './pages/popup-page';

const ROUTES = ['/story/a.html', '/story/b.html', '/story/c.html', '/story/d.html'];

describe('storage faults', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer({}, { pages: Object.fromEntries(ROUTES.map((r) => [r, hostileArticle(r, []).html])) });
    ext = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('keeps every save made at once from four popups, then survives a lost index and a damaged entry', async () => {
    const popups = await Promise.all(ROUTES.map((r) => PopupPage.openFor(ext, server.url(r))));
    for (const p of popups) expect(await p.settledState()).toBe('ready');
    await Promise.all(popups.map((p) => p.page.getByTestId('save-button').click()));
    for (const p of popups) {
      await p.page.waitForFunction(
        () => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved') === 'true',
      );
    }
    const library = await ext.context.newPage();
    await library.goto(ext.extensionUrl('library.html'));
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 4);

    // The index goes missing and a stored entry is damaged.
    await ext.worker.evaluate(async () => {
      type Local = {
        get(k: null): Promise<Record<string, unknown>>;
        remove(k: string[]): Promise<void>;
        set(o: object): Promise<void>;
      };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const all = await local.get(null);
      await local.remove(Object.keys(all).filter((k) => k.startsWith('library-index')));
      await local.set({ 'article:damaged': '{"schema": 2, "artic' });
    });
    await library.reload();
    await library.getByTestId('recovered').waitFor();
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 4);
    expect(await library.getByTestId('recovered').innerText()).toMatch(/4 saved articles were missing/);
    expect(await library.getByTestId('damaged').innerText()).toMatch(/1 saved entry is damaged/);
    await library.close();
    for (const p of popups) await p.page.close();
  }, 60_000);
});
