import { describe, expect, it } from 'vitest';
import { useE2E } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { OptionsPage } from './pages/options-page';

describe('options', () => {
  const env = useE2E();

  it('turning the image-credit filter off brings "Image copyright PA" back, and on removes it again', async () => {
    const options = await OptionsPage.open(env.ext);
    await options.setFilter('image-credits', false);
    let popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    expect(await popup.settledState()).toBe('ready');
    expect(await popup.bodyText()).toContain('Image copyright PA');
    await popup.page.close();

    await options.setFilter('image-credits', true);
    popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    expect(await popup.settledState()).toBe('ready');
    expect(await popup.bodyText()).not.toContain('Image copyright');
    await popup.page.close();
    await options.page.close();
  });

  it('applies a per-site rule on its own host only, and refuses an invalid selector', async () => {
    const options = await OptionsPage.open(env.ext);
    await options.addSiteRule('127.0.0.1', ['h2', 'div[']);
    expect(await options.siteErrors()).toEqual(['“div[” is not a valid CSS selector.']);
    expect(await options.page.getByTestId('site-rule').count()).toBe(0);
    await options.addSiteRule('127.0.0.1', ['h2']);
    await options.page.getByTestId('site-rule').waitFor();

    const here = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await here.settledState();
    expect(await here.bodyText()).not.toContain('Face-to-face diplomacy');
    const elsewhere = await PopupPage.openFor(env.ext, env.server.localhostUrl('/seed-news.html'));
    await elsewhere.settledState();
    expect(await elsewhere.bodyText()).toContain('Face-to-face diplomacy');

    await options.page.getByTestId('site-delete').click();
    await options.page.getByTestId('site-rule').waitFor({ state: 'detached' });
    await options.page.close();
  });

  it('"Keep this on this site" in the Removed view extracts again with that filter off', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await popup.settledState();
    await popup.views.open('Removed');
    await popup.page
      .locator('[data-testid="removed-entry"][data-filter="image-credits"] [data-testid="keep-on-site"]')
      .click();
    await popup.page.waitForFunction(() =>
      document.querySelector('[data-testid="article-body"]')?.textContent?.includes('Image copyright'),
    );
    const options = await OptionsPage.open(env.ext);
    expect(await options.page.getByTestId('site-rule').getAttribute('data-host')).toBe('127.0.0.1');
    await options.page.getByTestId('site-delete').click();
    await options.page.close();
  });
});
