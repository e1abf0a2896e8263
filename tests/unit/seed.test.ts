import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/index';
import { seed } from '../helpers/dom';

describe('the seed news page', () => {
  const { doc, url, expected } = seed();
  const result = extractArticle(doc, url);
  if (!result.ok) throw new Error(`no article: ${result.message}`);
  const article = result.article;

  it('keeps every story paragraph, in order', () => {
    let from = 0;
    for (const para of expected.storyParagraphs) {
      const at = article.textContent.indexOf(para, from);
      expect(at, `missing or out of order: ${para}`).toBeGreaterThanOrEqual(0);
      from = at + para.length;
    }
  });

  it('leaves none of the clutter in the text or the HTML', () => {
    const haystack = `${article.textContent}\n${article.contentHtml}`.toLowerCase();
    const leaked = expected.clutterAbsent.filter((c) => haystack.includes(c.toLowerCase()));
    expect(leaked).toEqual([]);
  });

  it('finds the original source and the metadata', () => {
    expect(article.sourceUrl).toBe(expected.sourceUrl);
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.publishedTime).toBe(expected.publishedTime);
    expect(article.lang).toBe('en-GB');
  });

  it('keeps the caption text without its label or credit', () => {
    expect(article.contentHtml).toMatch(
      /<figcaption>[^]*Boris Johnson will meet his Russian counterpart Sergei Lavrov[^]*<\/figcaption>/,
    );
  });

  it('logs what each filter removed, with samples', () => {
    const byId = new Map(article.removed.map((r) => [r.filter, r]));
    expect(byId.get('image-credits')?.samples).toContain('Image copyright AFP');
    expect(byId.get('source-link')?.count).toBe(1);
    expect(byId.get('promos')?.samples[0]).toBe('Need something to share, visit our sister site for the');
    for (const entry of article.removed) expect(entry.count).toBeGreaterThan(0);
  });

  it('does not touch the live document', () => {
    expect(doc.body.textContent).toContain('Like” us on Facebook');
    expect(doc.querySelector('.related-posts')).not.toBeNull();
  });

  it('counts words and reading time', () => {
    expect(article.wordCount).toBeGreaterThan(350);
    expect(article.wordCount).toBeLessThan(450);
    expect(article.readingMinutes).toBe(2);
  });
});
