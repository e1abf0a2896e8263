// The offline library: one storage key per article plus a compact index. The background is the
// only writer and runs every write through one queue, so concurrent saves cannot overwrite each
// other's index changes. Each write either lands whole or leaves the library as it was.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { Article } from '../../core/types';
import { articleId } from './ids';
import { upgradeSaved } from './schema';
import { SAVED_SCHEMA, type IndexEntry, type SavedArticle, type SaveResult, type WriteResult } from './types';

export const INDEX_KEY = 'local:library-index' as const;
export const ARTICLE_PREFIX = 'article:';
export const articleKey = (id: string) => `local:${ARTICLE_PREFIX}${id}` as const;

export const indexItem = storage.defineItem<IndexEntry[]>(INDEX_KEY, { fallback: [] });

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every write queued before it. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readIndex(): Promise<IndexEntry[]> {
  const v = await indexItem.getValue();
  return Array.isArray(v) ? v : [];
}

/** Write an article and the index; if the index write fails, put the article back as it was. */
async function writeBoth(
  saved: SavedArticle,
  previous: SavedArticle | null,
  nextIndex: IndexEntry[],
): Promise<WriteResult> {
  const key = articleKey(saved.id);
  try {
    await storage.setItem(key, saved);
  } catch (err) {
    return { ok: false, message: storageMessage(err) };
  }
  try {
    await indexItem.setValue(nextIndex);
  } catch (err) {
    await (previous ? storage.setItem(key, previous) : storage.removeItem(key)).catch(() => undefined);
    return { ok: false, message: storageMessage(err) };
  }
  return { ok: true };
}

export function saveArticle(article: Article, now = new Date()): Promise<SaveResult> {
  return serialized(async () => {
    const id = articleId(article.url);
    const previous = upgradeSaved(await storage.getItem(articleKey(id)));
    const stamp = now.toISOString();
    const saved: SavedArticle = {
      schema: SAVED_SCHEMA,
      id,
      url: article.url,
      savedAt: previous?.savedAt ?? stamp,
      updatedAt: stamp,
      read: previous?.read ?? false,
      article,
    };
    const index = await readIndex();
    const r = await writeBoth(saved, previous, [indexEntry(saved), ...index.filter((e) => e.id !== id)]);
    return r.ok ? { ok: true, status: previous ? 'updated' : 'saved', id } : r;
  });
}

export function setRead(id: string, read: boolean): Promise<WriteResult> {
  return serialized(async () => {
    const previous = upgradeSaved(await storage.getItem(articleKey(id)));
    if (!previous) return { ok: false, message: 'That article is not in the library.' };
    const saved = { ...previous, read };
    const index = await readIndex();
    return writeBoth(
      saved,
      previous,
      index.map((e) => (e.id === id ? { ...e, read } : e)),
    );
  });
}

/** Remove an article; answers with what was removed, so the page can offer Undo. */
export function deleteArticle(
  id: string,
): Promise<{ ok: true; removed: SavedArticle | null } | { ok: false; message: string }> {
  return serialized(async () => {
    const removed = upgradeSaved(await storage.getItem(articleKey(id)));
    const index = await readIndex();
    try {
      await indexItem.setValue(index.filter((e) => e.id !== id));
      await storage.removeItem(articleKey(id));
    } catch (err) {
      await indexItem.setValue(index).catch(() => undefined);
      return { ok: false, message: storageMessage(err) };
    }
    return { ok: true, removed };
  });
}

/** Put back an article exactly as it was (Undo after delete). */
export function restoreArticle(raw: unknown): Promise<WriteResult> {
  return serialized(async () => {
    const saved = upgradeSaved(raw);
    if (!saved) return { ok: false, message: 'Nothing to restore.' };
    const index = await readIndex();
    const next = [...index.filter((e) => e.id !== saved.id), indexEntry(saved)].sort((a, b) =>
      b.savedAt.localeCompare(a.savedAt),
    );
    return writeBoth(saved, null, next);
  });
}

/** Merge articles from an export. All are checked first: one damaged entry and nothing changes. */
export function importArticles(
  raw: unknown,
): Promise<{ ok: true; added: number; updated: number } | { ok: false; message: string }> {
  return serialized(async () => {
    const file = raw as { kind?: unknown; articles?: unknown } | null;
    if (!file || file.kind !== 'verbatim-library' || !Array.isArray(file.articles)) {
      return { ok: false, message: 'This is not a Verbatim library export. Nothing was imported.' };
    }
    const incoming = file.articles.map(upgradeSaved);
    const bad = incoming.findIndex((a) => a === null);
    if (bad >= 0) return { ok: false, message: `Entry ${bad + 1} of the file is damaged. Nothing was imported.` };
    const index = await readIndex();
    const byId = new Map(index.map((e) => [e.id, e]));
    const writes: Record<string, SavedArticle> = {};
    let added = 0;
    let updated = 0;
    for (const a of incoming as SavedArticle[]) {
      const existing = byId.get(a.id);
      if (existing && existing.updatedAt >= a.updatedAt) continue; // ours is as new: keep it
      const merged = existing ? { ...a, savedAt: existing.savedAt < a.savedAt ? existing.savedAt : a.savedAt } : a;
      writes[a.id] = merged;
      byId.set(a.id, indexEntry(merged));
      if (existing) updated++;
      else added++;
    }
    const previous = await Promise.all(
      Object.keys(writes).map(async (id) => [id, await storage.getItem(articleKey(id))] as const),
    );
    try {
      await storage.setItems(Object.entries(writes).map(([id, value]) => ({ key: articleKey(id), value })));
      await indexItem.setValue([...byId.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    } catch (err) {
      // Roll back every article this import touched.
      for (const [id, value] of previous) {
        await (value === null ? storage.removeItem(articleKey(id)) : storage.setItem(articleKey(id), value)).catch(
          () => undefined,
        );
      }
      await indexItem.setValue(index).catch(() => undefined);
      return { ok: false, message: storageMessage(err) };
    }
    return { ok: true, added, updated };
  });
}

/**
 * After an upgrade (or when the index is missing): bring every stored article to the current
 * schema and rebuild the index from the articles themselves. Damaged entries are left in place,
 * untouched, and listed, so nothing is thrown away.
 */
export function migrateLibrary(): Promise<{ migrated: number; damaged: string[]; total: number }> {
  return serialized(async () => {
    const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
    const entries: IndexEntry[] = [];
    const damaged: string[] = [];
    const upgrades: { key: `local:${string}`; value: SavedArticle }[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(ARTICLE_PREFIX)) continue;
      const saved = upgradeSaved(value);
      if (!saved) {
        damaged.push(key.slice(ARTICLE_PREFIX.length));
        continue;
      }
      if ((value as { schema?: number }).schema !== SAVED_SCHEMA || saved.id !== key.slice(ARTICLE_PREFIX.length)) {
        upgrades.push({ key: articleKey(saved.id), value: saved });
        if (saved.id !== key.slice(ARTICLE_PREFIX.length)) await storage.removeItem(`local:${key}`);
      }
      entries.push(indexEntry(saved));
    }
    if (upgrades.length) await storage.setItems(upgrades);
    await indexItem.setValue(entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    return { migrated: upgrades.length, damaged, total: entries.length };
  });
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

function storageMessage(err: unknown): string {
  const text = String((err as Error)?.message ?? err);
  if (/quota/i.test(text)) return 'Not saved: extension storage is full. Nothing in your library was changed.';
  return `Not saved: the browser could not write to storage (${text}). Nothing in your library was changed.`;
}

export async function isSaved(url: string): Promise<boolean> {
  return upgradeSaved(await storage.getItem(articleKey(articleId(url)))) !== null;
}
