import type { Article } from '../../core/types';

/** A realistic-enough article for library tests. */
export function makeArticle(i: number, overrides: Partial<Article> = {}): Article {
  const text = `Paragraph ${i} of a saved story about the council budget and housing. `.repeat(20);
  return {
    url: `https://news.example/2024/story-${i}`,
    title: `Story number ${i}`,
    byline: 'Jane Reporter',
    siteName: 'News Example',
    publishedTime: '2024-05-01T10:00:00Z',
    lang: 'en',
    dir: null,
    excerpt: `Excerpt ${i}`,
    leadImage: null,
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    wordCount: 240,
    readingMinutes: 1,
    sourceUrl: null,
    quotes: [
      {
        text: `The budget will protect services for everyone in town ${i}`,
        speaker: 'Boris Johnson',
        cue: 'said',
        paragraphIndex: 0,
        confidence: 0.9,
        short: false,
      },
    ],
    relatedLinks: [],
    removed: [],
    ...overrides,
  };
}
