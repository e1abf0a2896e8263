// Page object for the popup, opened as a tab with ?tabId=N so a test can aim it at any page.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension';
import { tabIdFor } from '../harness/extension';

export type PopupStateName = 'ready' | 'loading' | 'no-article' | 'restricted' | 'error';

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Open `url` in a tab, then the popup aimed at that tab. */
  static async openFor(ext: ExtensionBrowser, url: string, waitUntil: 'load' | 'commit' = 'load'): Promise<PopupPage> {
    const target = await ext.context.newPage();
    await target.goto(url, { waitUntil });
    const tabId = await tabIdFor(ext, target.url() === 'about:blank' ? url : target.url());
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    return new PopupPage(page);
  }

  /** Wait until the popup settles on a final state and return it. */
  async settledState(): Promise<PopupStateName> {
    const state = this.page.locator('[data-testid="state"]:not([data-state="loading"])');
    await state.first().waitFor({ timeout: 15_000 });
    return (await state.first().getAttribute('data-state')) as PopupStateName;
  }

  get views(): PopupViews {
    return new PopupViews(this.page);
  }

  title() {
    return this.page.getByTestId('article-title').innerText();
  }

  bodyText() {
    return this.page.getByTestId('article-body').innerText();
  }

  bodyHtml() {
    return this.page.getByTestId('article-body').innerHTML();
  }

  message() {
    return this.page.getByTestId('state').first().innerText();
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, fullPage: true });
  }
}

export class PopupViews {
  constructor(readonly page: Page) {}

  async open(view: 'Story' | 'Quotes' | 'Related' | 'Removed'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
  }

  quotes() {
    return this.page.getByTestId('quote').evaluateAll((els) =>
      els.map((el) => ({
        speaker: el.getAttribute('data-speaker'),
        text: el.querySelector('blockquote')?.textContent ?? '',
      })),
    );
  }

  relatedLinks() {
    return this.page.getByTestId('related-link').evaluateAll((els) =>
      els.map((el) => ({
        title: el.textContent ?? '',
        url: el.getAttribute('href'),
        target: el.getAttribute('target'),
        rel: el.getAttribute('rel'),
      })),
    );
  }

  removedFilters() {
    return this.page.getByTestId('removed-entry').evaluateAll((els) => els.map((el) => el.getAttribute('data-filter')));
  }
}
