// The offline library: one storage key per article plus a compact index. Every write goes through
// one queue per extension context (the background owns writing; pages ask it), so concurrent saves
// cannot overwrite each other's index changes. A failed write leaves the library as it was.
import { storage } from '@wxt-dev/storage';
import type { Article } from '../../core/types';
import { articleId } from './ids';
import type { IndexEntry, SavedArticle, SaveResult } from './types';

export const INDEX_KEY = 'local:library-index' as const;
export const articleKey = (id: string) => `local:article:${id}` as const;

export const indexItem = storage.defineItem<IndexEntry[]>(INDEX_KEY, { fallback: [], version: 1 });

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every write queued before it. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function saveArticle(article: Article, now = new Date()): Promise<SaveResult> {
  return serialized(async () => {
    const id = articleId(article.url);
    const key = articleKey(id);
    const previous = await storage.getItem<SavedArticle>(key);
    const stamp = now.toISOString();
    const saved: SavedArticle = {
      id,
      url: article.url,
      savedAt: previous?.savedAt ?? stamp,
      updatedAt: stamp,
      read: previous?.read ?? false,
      article,
    };
    const index = await indexItem.getValue();
    const entry = indexEntry(saved);
    const nextIndex = [entry, ...index.filter((e) => e.id !== id)];
    try {
      await storage.setItem(key, saved);
    } catch (err) {
      return { ok: false, message: storageMessage(err) };
    }
    try {
      await indexItem.setValue(nextIndex);
    } catch (err) {
      // Put the article back as it was, so the index and the articles still agree.
      await (previous ? storage.setItem(key, previous) : storage.removeItem(key)).catch(() => undefined);
      return { ok: false, message: storageMessage(err) };
    }
    return { ok: true, status: previous ? 'updated' : 'saved', id };
  });
}

export async function isSaved(url: string): Promise<boolean> {
  return (await storage.getItem<SavedArticle>(articleKey(articleId(url)))) !== null;
}

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
    speakers: [...new Set(a.quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s)))],
    bytes: JSON.stringify(saved).length,
  };
}

function storageMessage(err: unknown): string {
  const text = String((err as Error)?.message ?? err);
  if (/quota/i.test(text))
    return 'Not saved: the browser says extension storage is full. Nothing in your library was changed.';
  return `Not saved: the browser could not write to storage (${text}). Nothing in your library was changed.`;
}
