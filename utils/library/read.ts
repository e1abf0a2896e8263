// Reading the library. Any extension page may read; only the background writes (store.ts).
import { storage } from '@wxt-dev/storage';
import { articleKey, indexItem } from './store';
import type { IndexEntry, SavedArticle } from './types';

export async function loadIndex(): Promise<IndexEntry[]> {
  const entries = await indexItem.getValue();
  return Array.isArray(entries) ? entries : [];
}

export async function loadSaved(id: string): Promise<SavedArticle | null> {
  const saved = await storage.getItem<SavedArticle>(articleKey(id));
  return saved && typeof saved === 'object' && saved.article ? saved : null;
}
