// What a stored article may look like, and how older versions become the current one. Storage is
// user data that outlives releases: anything read from it is checked, never trusted.
import type { Article } from '../../core/types';
import { articleId } from './ids';
import { SAVED_SCHEMA, type SavedArticle } from './types';

function isArticle(a: unknown): a is Article {
  const o = a as Partial<Article> | null;
  return (
    Boolean(o) &&
    typeof o === 'object' &&
    typeof o!.url === 'string' &&
    typeof o!.title === 'string' &&
    typeof o!.contentHtml === 'string' &&
    typeof o!.textContent === 'string'
  );
}

/** Fill fields a stored article may lack, so old or partial articles still render. */
function completeArticle(a: Article): Article {
  return {
    ...a,
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    publishedTime: a.publishedTime ?? null,
    lang: a.lang ?? null,
    dir: a.dir ?? null,
    excerpt: a.excerpt ?? null,
    leadImage: a.leadImage ?? null,
    wordCount: typeof a.wordCount === 'number' ? a.wordCount : 0,
    readingMinutes: typeof a.readingMinutes === 'number' ? a.readingMinutes : 1,
    sourceUrl: a.sourceUrl ?? null,
    quotes: Array.isArray(a.quotes) ? a.quotes : [],
    relatedLinks: Array.isArray(a.relatedLinks) ? a.relatedLinks : [],
    removed: Array.isArray(a.removed) ? a.removed : [],
  };
}

/** A stored value as a current SavedArticle, migrating v1; null when it is damaged. */
export function upgradeSaved(raw: unknown): SavedArticle | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (!isArticle(o.article)) return null;
  const url = typeof o.url === 'string' ? o.url : o.article.url;
  const savedAt =
    typeof o.savedAt === 'string' && !Number.isNaN(Date.parse(o.savedAt)) ? o.savedAt : new Date(0).toISOString();
  if (o.schema === SAVED_SCHEMA) {
    return {
      schema: SAVED_SCHEMA,
      id: typeof o.id === 'string' ? o.id : articleId(url),
      url,
      savedAt,
      updatedAt: typeof o.updatedAt === 'string' ? o.updatedAt : savedAt,
      read: Boolean(o.read),
      article: completeArticle(o.article),
    };
  }
  // Version 1: {url, savedAt, article}.
  return {
    schema: SAVED_SCHEMA,
    id: articleId(url),
    url,
    savedAt,
    updatedAt: savedAt,
    read: false,
    article: completeArticle(o.article),
  };
}
