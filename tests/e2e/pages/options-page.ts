// Page object for the options page.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension';

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('options.html'));
    await page.locator('[data-testid="options"][data-loaded="true"]').waitFor();
    return new OptionsPage(page);
  }

  async setFilter(id: string, on: boolean): Promise<void> {
    const box = this.page.getByTestId(`filter-toggle-${id}`);
    if ((await box.isChecked()) !== on) await box.click();
    await this.page.waitForFunction(
      ([sel, want]) => (document.querySelector(sel as string) as HTMLInputElement | null)?.checked === want,
      [`[data-testid="filter-toggle-${id}"]`, on] as const,
    );
  }

  async addSiteRule(host: string, remove: string[]): Promise<void> {
    await this.page.getByTestId('site-host').fill(host);
    await this.page.getByTestId('site-remove').fill(remove.join('\n'));
    await this.page.getByTestId('site-save').click();
  }

  siteErrors() {
    return this.page.getByTestId('site-error').allInnerTexts();
  }
}
