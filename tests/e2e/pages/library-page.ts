// Page object for the library page.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../harness/extension';

export class LibraryPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<LibraryPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('library.html'));
    return new LibraryPage(page);
  }

  titles() {
    return this.page.getByTestId('library-title').allInnerTexts();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('library-search').fill(text);
  }

  async exportJson(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('export-json').click(),
    ]);
    return fs.readFileSync((await download.path())!, 'utf8');
  }

  async importFile(file: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(file);
  }
}
