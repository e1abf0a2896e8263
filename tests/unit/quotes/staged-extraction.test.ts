import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleInStages } from '../../../core/extract';
import { docFrom, seed } from '../../helpers/dom';

// The popup shows the story first and asks for its quotes next: the two steps together must give
// exactly what the one-step extraction gives.
describe('extraction in two steps', () => {
  it('gives the story without quotes, then the same quotes as the one-step extraction', () => {
    const { doc, url } = seed();
    const whole = extractArticle(doc, url);
    const staged = extractArticleInStages(doc, url);
    if (!whole.ok || !staged.result.ok) throw new Error('the seed page has an article');
    expect(staged.result.article.quotes).toEqual([]);
    const quotes = staged.findQuotes();
    expect(quotes.filter((q) => !q.short).map((q) => q.speaker)).toEqual(['Boris Johnson', 'Boris Johnson']);
    expect(quotes).toEqual(whole.article.quotes);
    expect({ ...staged.result.article, quotes }).toEqual(whole.article);
  });

  it('has no quotes to give for a page without an article', () => {
    const doc = docFrom('<html><head><title>Sign in</title></head><body><form><input name="q"></form></body></html>');
    const staged = extractArticleInStages(doc, 'https://example.com/login');
    expect(staged.result.ok).toBe(false);
    expect(staged.findQuotes()).toEqual([]);
  });
});
