// Reading the library. Any extension page may read; only the background writes (store.ts).
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { articleKey } from './store';
import { readAllEntries } from './index-store';
import { upgradeSaved } from './schema';
import type { IndexEntry, SavedArticle } from './types';

/** The index, newest first; entries that are not well-formed are reported apart as damaged. */
export async function loadIndex(): Promise<IndexEntry[]> {
  return (await readAllEntries()).filter(isEntry);
}

export function isEntry(e: unknown): e is IndexEntry {
  const o = e as Partial<IndexEntry> | null;
  return Boolean(o) && typeof o!.id === 'string' && typeof o!.title === 'string' && typeof o!.savedAt === 'string';
}

export async function loadSaved(id: string): Promise<SavedArticle | null> {
  return upgradeSaved(await storage.getItem(articleKey(id)));
}

/** Every saved article (for search, the speakers view and export), and the ids of damaged ones. */
export async function loadAll(ids: string[]): Promise<{ saved: SavedArticle[]; damaged: string[] }> {
  const keys = ids.map((id) => `article:${id}`);
  const raw = keys.length ? ((await browser.storage.local.get(keys)) as Record<string, unknown>) : {};
  const saved: SavedArticle[] = [];
  const damaged: string[] = [];
  for (const id of ids) {
    const s = upgradeSaved(raw[`article:${id}`]);
    if (s) saved.push(s);
    else damaged.push(id);
  }
  return { saved, damaged };
}

/** Bytes the library takes in extension storage. */
export async function storageUsed(entries: IndexEntry[]): Promise<number> {
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof local.getBytesInUse === 'function') return local.getBytesInUse(null);
  return entries.reduce((n, e) => n + (e.bytes ?? 0), 0);
}
