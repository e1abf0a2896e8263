// A saved article's line in the compact index (pure: also used by the library benchmark in Node).
import type { IndexEntry, SavedArticle } from './types';

export function indexEntry(saved: SavedArticle): IndexEntry {
  const a = saved.article;
  return {
    id: saved.id,
    url: saved.url,
    title: a.title,
    siteName: a.siteName,
    byline: a.byline,
    excerpt: a.excerpt,
    readingMinutes: a.readingMinutes,
    savedAt: saved.savedAt,
    updatedAt: saved.updatedAt,
    read: saved.read,
    speakers: [
      ...new Set(
        a.quotes
          .filter((q) => !q.short)
          .map((q) => q.speaker)
          .filter((s): s is string => Boolean(s)),
      ),
    ],
    bytes: JSON.stringify(saved).length,
  };
}
