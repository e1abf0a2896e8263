// Page object for the popup, opened as a tab with ?tabId=N so a test can aim it at any page.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension';
import { tabIdFor } from '../harness/extension';

export type PopupStateName = 'ready' | 'loading' | 'no-article' | 'restricted' | 'error';

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Open `url` in a tab, then the popup aimed at that tab. */
  static async openFor(ext: ExtensionBrowser, url: string): Promise<PopupPage> {
    const target = await ext.context.newPage();
    await target.goto(url);
    const tabId = await tabIdFor(ext, target.url());
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
