// People who block JavaScript are the ones who most want a reader mode. With the browser's own
// "Don't allow sites to use JavaScript" on, the page's scripts do not run, but the extension's
// content script does, and so does DOMPurify inside it (its Trusted Types policy calls back into
// script: were that refused, every extraction would fail, as it did in a benchmark that turned all
// script off).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useE2E } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { ROUTES } from './harness/server';

const seed = fs.readFileSync(ROUTES['/seed-news.html']!, 'utf8');
const withScript = seed.replace('</body>', '<script>document.body.setAttribute("data-js", "ran")</script></body>');

describe('a page whose scripts the user blocks', () => {
  const env = useE2E({ launch: { blockPageScripts: true }, server: { pages: { '/scripted-seed.html': withScript } } });

  it('is read: the story shows though the page ran no script', async () => {
    const target = await env.ext.context.newPage();
    await target.goto(env.server.url('/scripted-seed.html'));
    // The setting took: the page's own script did not run.
    expect(await target.evaluate(() => document.body.getAttribute('data-js'))).toBeNull();
    const popup = await PopupPage.openFor(env.ext, env.server.url('/scripted-seed.html'));
    expect(await popup.settledState()).toBe('ready');
    expect(await popup.title()).toBe('Boris Johnson to visit Moscow as part of ‘robust’ dialogue’');
    expect(await popup.bodyText()).toContain(
      'The foreign secretary has been invited by his counterpart Sergei Lavrov.',
    );
    await popup.page.close();
    await target.close();
  });
});
