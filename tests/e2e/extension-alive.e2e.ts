import { describe, expect, it } from 'vitest';
import { useE2E } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { artifactPath } from './harness/artifacts';

describe('the extension in Chromium', () => {
  const env = useE2E();

  it('runs its service worker, with an extension id', async () => {
    expect(env.ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(env.ext.worker.url()).toBe(`chrome-extension://${env.ext.extensionId}/background.js`);
    expect(await env.ext.worker.evaluate(() => typeof (globalThis as { chrome?: unknown }).chrome)).toBe('object');
  });

  it("ships a manifest with no host permission beyond the test build's 127.0.0.1", async () => {
    const manifest = await env.ext.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'",
    });
  });

  it('renders the popup with the seed story', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    expect(await popup.settledState()).toBe('ready');
    expect(await popup.title()).toBe('Boris Johnson to visit Moscow as part of ‘robust’ dialogue’');
    expect(await popup.bodyText()).toContain(
      'The foreign secretary has been invited by his counterpart Sergei Lavrov.',
    );
    await popup.screenshot(artifactPath('popup-seed.png'));
    await popup.page.close();
  });
});
