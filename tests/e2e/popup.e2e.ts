import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2E } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { artifactPath } from './harness/artifacts';
import { axeViolations, serious } from './harness/axe';
import { SHARED } from './harness/server';

const expected = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures/seed-news/expected.json'), 'utf8')) as {
  storyParagraphs: string[];
  clutterAbsent: string[];
  relatedLinks: { title: string; url: string }[];
  sourceUrl: string;
};

describe('the popup on the seed news page', () => {
  const env = useE2E();

  it('shows the story, none of the clutter, the quotes, the related links and the removal log', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    expect(await popup.settledState()).toBe('ready');
    const body = await popup.bodyText();
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    let from = 0;
    for (const para of expected.storyParagraphs) {
      const at = norm(body).indexOf(para, from);
      expect(at, para).toBeGreaterThanOrEqual(0);
      from = at;
    }
    const html = (await popup.bodyHtml()).toLowerCase();
    for (const c of expected.clutterAbsent) {
      expect(norm(body).toLowerCase()).not.toContain(c.toLowerCase());
      expect(html).not.toContain(c.toLowerCase());
    }
    expect(await popup.page.getByTestId('source-link').getAttribute('href')).toBe(expected.sourceUrl);
    await popup.screenshot(artifactPath('popup-seed-story.png'));
    expect(popup.errors).toEqual([]);

    await popup.views.open('Quotes');
    const quotes = await popup.views.quotes();
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.speaker).toBe('Boris Johnson');
    await popup.screenshot(artifactPath('popup-seed-quotes.png'));

    await popup.views.open('Related');
    const links = await popup.views.relatedLinks();
    expect(links.map(({ title, url }) => ({ title, url }))).toEqual(expected.relatedLinks);
    for (const l of links) expect([l.target, l.rel]).toEqual(['_blank', 'noopener noreferrer']);

    await popup.views.open('Removed');
    expect(await popup.views.removedFilters()).toEqual(
      expect.arrayContaining(['image-credits', 'ads', 'social', 'promos', 'comments']),
    );
    await popup.page.close();
  });

  it("scrolls to and highlights a quote's paragraph when the quote is clicked", async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await popup.settledState();
    await popup.views.open('Quotes');
    await popup.page.getByTestId('quote').first().getByRole('button').click();
    const highlighted = popup.page.locator('[data-testid="article-body"] .vb-highlight');
    await highlighted.waitFor();
    expect(await highlighted.innerText()).toContain('Russia is a fellow permanent member');
    await popup.page.close();
  });

  it('works from the keyboard: tabs move with the arrow keys', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await popup.settledState();
    await popup.page.getByRole('tab', { name: /^Story/ }).focus();
    await popup.page.keyboard.press('ArrowRight');
    expect(await popup.page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Quotes/);
    expect(await popup.page.getByRole('tab', { name: /^Quotes/ }).getAttribute('aria-selected')).toBe('true');
    await popup.page.close();
  });

  it('has no serious or critical accessibility violations, in the popup or the reader tab', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await popup.settledState();
    expect(serious(await axeViolations(popup.page))).toEqual([]);
    const readerOpened = env.ext.context.waitForEvent('page');
    await popup.page.getByTestId('open-reader').click();
    const reader = await readerOpened;
    await reader.getByTestId('article-title').waitFor();
    expect(await reader.getByTestId('article-title').innerText()).toContain('Boris Johnson to visit Moscow');
    expect(serious(await axeViolations(reader))).toEqual([]);
    await reader.screenshot({ path: artifactPath('reader-seed.png'), fullPage: true });
    await reader.close();
  });

  it('saves to the library and says so, then "already saved" on the next visit', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await popup.settledState();
    const save = popup.page.getByTestId('save-button');
    await save.click();
    await popup.page.waitForFunction(
      () => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved') === 'true',
    );
    await popup.page.close();
    const again = await PopupPage.openFor(env.ext, env.server.url('/seed-news.html'));
    await again.settledState();
    await again.page.waitForFunction(() =>
      document.querySelector('[data-testid="save-button"]')?.textContent?.includes('Saved'),
    );
    await again.page.close();
  });
});

describe('the popup where there is no story', () => {
  const env = useE2E();

  it('says so on a page with no article', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/no-article.html'));
    expect(await popup.settledState()).toBe('no-article');
    expect(await popup.message()).toContain('No article found');
    expect(popup.errors).toEqual([]);
  });

  it('calls chrome://version restricted', async () => {
    const popup = await PopupPage.openFor(env.ext, 'chrome://version');
    expect(await popup.settledState()).toBe('restricted');
    expect(await popup.message()).toContain('cannot read this page');
    expect(popup.errors).toEqual([]);
  });

  it('waits for a page that is still loading, then shows its story', async () => {
    const popup = await PopupPage.openFor(env.ext, env.server.url('/slow-seed.html'), 'commit');
    expect(await popup.settledState()).toBe('ready');
    expect(await popup.title()).toContain('Boris Johnson');
  });
});
