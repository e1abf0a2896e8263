// The offline library: one storage key per article plus a compact index (sharded, index-store.ts).
// The background is the only writer and runs every write through one queue, so concurrent saves
// cannot overwrite each other's index changes. Each write either lands whole or leaves the library
// as it was.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { Article } from '../../core/types';
import { articleId } from './ids';
import { upgradeSaved } from './schema';
import { indexEntry } from './index-entry';
import { readAllEntries, readShard, shardOf, writeAllEntries, writeShard } from './index-store';
import { SAVED_SCHEMA, type IndexEntry, type SavedArticle, type SaveResult, type WriteResult } from './types';

export { indexEntry };
export const ARTICLE_PREFIX = 'article:';
export const articleKey = (id: string) => `local:${ARTICLE_PREFIX}${id}` as const;

let queue: Promise<unknown> = Promise.resolve();

/** Run `task` after every write queued before it. */
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Write an article and its index shard (with `change` applied to the shard's entries); if the
 * shard write fails, put the article back as it was.
 */
async function writeBoth(
  saved: SavedArticle,
  previous: SavedArticle | null,
  change: (entries: IndexEntry[]) => IndexEntry[],
): Promise<WriteResult> {
  const key = articleKey(saved.id);
  const shard = shardOf(saved.id);
  const entries = await readShard(shard);
  try {
    await storage.setItem(key, saved);
  } catch (err) {
    return { ok: false, message: storageMessage(err) };
  }
  try {
    await writeShard(shard, change(entries));
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
    const r = await writeBoth(saved, previous, (entries) => [indexEntry(saved), ...entries.filter((e) => e.id !== id)]);
    return r.ok ? { ok: true, status: previous ? 'updated' : 'saved', id } : r;
  });
}

export function setRead(id: string, read: boolean): Promise<WriteResult> {
  return serialized(async () => {
    const previous = upgradeSaved(await storage.getItem(articleKey(id)));
    if (!previous) return { ok: false, message: 'That article is not in the library.' };
    return writeBoth({ ...previous, read }, previous, (entries) =>
      entries.map((e) => (e.id === id ? { ...e, read } : e)),
    );
  });
}

/** Remove an article; answers with what was removed, so the page can offer Undo. */
export function deleteArticle(
  id: string,
): Promise<{ ok: true; removed: SavedArticle | null } | { ok: false; message: string }> {
  return serialized(async () => {
    const removed = upgradeSaved(await storage.getItem(articleKey(id)));
    const shard = shardOf(id);
    const entries = await readShard(shard);
    try {
      await writeShard(
        shard,
        entries.filter((e) => e.id !== id),
      );
      await storage.removeItem(articleKey(id));
    } catch (err) {
      await writeShard(shard, entries).catch(() => undefined);
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
    return writeBoth(saved, null, (entries) => [...entries.filter((e) => e.id !== saved.id), indexEntry(saved)]);
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
    const index = await readAllEntries();
    const byId = new Map(index.map((e) => [e.id, e]));
    const writes = new Map<string, SavedArticle>();
    let added = 0;
    let updated = 0;
    for (const a of incoming as SavedArticle[]) {
      const existing = byId.get(a.id);
      if (existing && existing.updatedAt >= a.updatedAt) continue; // ours is as new: keep it
      const merged = existing ? { ...a, savedAt: existing.savedAt < a.savedAt ? existing.savedAt : a.savedAt } : a;
      writes.set(a.id, merged);
      byId.set(a.id, indexEntry(merged));
      if (existing) updated++;
      else added++;
    }
    const previous = await Promise.all(
      [...writes.keys()].map(async (id) => [id, await storage.getItem(articleKey(id))] as const),
    );
    try {
      await storage.setItems([...writes].map(([id, value]) => ({ key: articleKey(id), value })));
      await writeAllEntries([...byId.values()]);
    } catch (err) {
      // Roll back every article this import touched, and the index.
      for (const [id, value] of previous) {
        await (value === null ? storage.removeItem(articleKey(id)) : storage.setItem(articleKey(id), value)).catch(
          () => undefined,
        );
      }
      await writeAllEntries(index).catch(() => undefined);
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
    const renamed: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(ARTICLE_PREFIX)) continue;
      const keyId = key.slice(ARTICLE_PREFIX.length);
      const saved = upgradeSaved(value);
      if (!saved) {
        damaged.push(keyId);
        continue;
      }
      if ((value as { schema?: number }).schema !== SAVED_SCHEMA || saved.id !== keyId) {
        upgrades.push({ key: articleKey(saved.id), value: saved });
        if (saved.id !== keyId) renamed.push(key);
      }
      entries.push(indexEntry(saved));
    }
    // New keys first, then the old ones go: a failure part way leaves a copy, never a loss.
    if (upgrades.length) await storage.setItems(upgrades);
    if (renamed.length) await browser.storage.local.remove(renamed);
    await writeAllEntries(entries);
    return { migrated: upgrades.length, damaged, total: entries.length };
  });
}

export interface LibraryCheck {
  /** Articles that were stored but missing from the index, and are listed again. */
  recovered: number;
  /** Stored entries that cannot be read; kept untouched. */
  damaged: string[];
}

/**
 * Asked by the library page when it opens: every stored article must be in the index. If some are
 * not (an index shard lost or damaged), the index is rebuilt from the articles, so a saved article
 * never silently disappears from view.
 */
export async function checkLibrary(): Promise<LibraryCheck> {
  const indexed = new Set((await readAllEntries()).map((e) => e.id));
  const stored = await storedArticleIds();
  if (stored.every((id) => indexed.has(id))) return { recovered: 0, damaged: [] };
  const rebuilt = await migrateLibrary();
  return { recovered: Math.max(0, rebuilt.total - indexed.size), damaged: rebuilt.damaged };
}

/** The ids of every stored article, read as keys only where the browser can (Chrome 130+). */
async function storedArticleIds(): Promise<string[]> {
  const area = browser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
  // A browser without getKeys (or a stand-in that only pretends to have it) reads everything.
  let keys: string[];
  try {
    keys = area.getKeys ? await area.getKeys() : Object.keys(await browser.storage.local.get(null));
  } catch {
    keys = Object.keys(await browser.storage.local.get(null));
  }
  return keys.filter((k) => k.startsWith(ARTICLE_PREFIX)).map((k) => k.slice(ARTICLE_PREFIX.length));
}

function storageMessage(err: unknown): string {
  const text = String((err as Error)?.message ?? err);
  if (/quota/i.test(text)) return 'Not saved: extension storage is full. Nothing in your library was changed.';
  return `Not saved: the browser could not write to storage (${text}). Nothing in your library was changed.`;
}

export async function isSaved(url: string): Promise<boolean> {
  return upgradeSaved(await storage.getItem(articleKey(articleId(url)))) !== null;
}
