// Page object for the popup, opened as a tab with ?tabId=N so a test can aim it at any page.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension';
import { tabIdFor } from '../harness/extension';

export type PopupStateName = 'ready' | 'loading' | 'no-article' | 'restricted' | 'error';

export class PopupPage {
  /** Uncaught errors and console errors the popup page produced. */
  readonly errors: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    // Story images from hosts this offline machine cannot reach fail to load; that is not our error.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        this.errors.push(`console: ${m.text()}`);
    });
  }

  /** Open `url` in a tab, then the popup aimed at that tab. */
  static async openFor(ext: ExtensionBrowser, url: string, waitUntil: 'load' | 'commit' = 'load'): Promise<PopupPage> {
    const target = await ext.context.newPage();
    await target.goto(url, { waitUntil });
    const tabId = await tabIdFor(ext, target.url() === 'about:blank' ? url : target.url());
    const page = await ext.context.newPage();
    const popup = new PopupPage(page);
    await page.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
    return popup;
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

  /** The quotes once they have arrived (the popup shows the story first and its quotes next). */
  async quotes() {
    await this.page.getByTestId('quotes-pending').waitFor({ state: 'detached' });
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
