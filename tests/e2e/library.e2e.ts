import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useE2E } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { LibraryPage } from './pages/library-page';
import { artifactPath } from './harness/artifacts';

const TITLE = 'Boris Johnson to visit Moscow as part of ‘robust’ dialogue’';

describe('the offline library', () => {
  const env = useE2E();

  it('saves from the popup, lists the article, finds it by speaker, opens it offline, exports and re-imports', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await popup.settledState();
    await popup.page.getByTestId('save-button').click();
    await popup.page.waitForFunction(
      () => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved') === 'true',
    );
    await popup.page.close();

    const lib = await LibraryPage.open(env.ext);
    await lib.page.getByTestId('library-item').first().waitFor();
    expect(await lib.titles()).toEqual([TITLE]);

    // Search by a speaker's name finds the article, and the Speakers view shows what he said.
    await lib.page.locator('[data-testid="storage-used"]').filter({ hasText: 'MB used' }).waitFor();
    await lib.search('Johnson');
    await lib.page.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length === 1);
    await lib.search('zebra crossing');
    await lib.page.getByText('Nothing matches').waitFor();
    await lib.search('Johnson');
    await lib.page.getByRole('tab', { name: 'Speakers' }).click();
    const speaker = lib.page.locator('[data-testid="speaker"][data-speaker="Boris Johnson"]');
    await speaker.waitFor();
    expect(await speaker.getByTestId('speaker-quote').count()).toBe(2);
    await lib.page.screenshot({ path: artifactPath('library-speakers.png'), fullPage: true });

    // Offline: the saved article opens from storage with the network cut.
    await env.ext.context.setOffline(true);
    try {
      await speaker.getByTestId('speaker-quote-link').first().click();
      await lib.page.getByTestId('article-title').waitFor();
      expect(await lib.page.getByTestId('article-title').innerText()).toBe(TITLE);
      expect(await lib.page.getByTestId('article-body').innerText()).toContain(
        'The foreign secretary has been invited by his counterpart Sergei Lavrov.',
      );
    } finally {
      await env.ext.context.setOffline(false);
    }

    // Export, delete (and undo once), delete again, then import the export back.
    await lib.page.goto(env.ext.extensionUrl('library.html'));
    await lib.page.getByTestId('library-item').first().waitFor();
    await lib.page.locator('[data-testid="storage-used"]').filter({ hasText: 'MB used' }).waitFor();
    const exported = await lib.exportJson();
    expect(JSON.parse(exported)).toMatchObject({
      kind: 'verbatim-library',
      version: 2,
      articles: [{ article: { title: TITLE } }],
    });
    const file = artifactPath('library-export.json');
    fs.writeFileSync(file, exported);

    await lib.page.getByTestId('delete-item').click();
    await lib.page.getByTestId('undo-delete').click();
    await lib.page.getByTestId('library-item').first().waitFor();
    await lib.page.getByTestId('delete-item').click();
    await lib.page.getByTestId('library-item').first().waitFor({ state: 'detached' });

    await lib.importFile(file);
    await lib.page.getByTestId('library-message').filter({ hasText: 'Imported: 1 new' }).waitFor();
    await lib.page.getByTestId('library-item').first().waitFor();
    expect(await lib.titles()).toEqual([TITLE]);

    // A file that is not ours changes nothing and says why.
    const bogus = artifactPath('not-ours.json');
    fs.writeFileSync(bogus, JSON.stringify({ hello: 'world' }));
    await lib.importFile(bogus);
    await lib.page.getByTestId('library-message').filter({ hasText: 'not a Verbatim library export' }).waitFor();
    expect(await lib.titles()).toEqual([TITLE]);
    await lib.page.close();
  });
});
