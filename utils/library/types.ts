import type { Article } from '../../core/types';

export const SAVED_SCHEMA = 2;

/** One saved article, stored under its own key. */
export interface SavedArticle {
  schema: typeof SAVED_SCHEMA;
  id: string;
  url: string;
  /** First saved (kept when the same page is saved again). */
  savedAt: string;
  updatedAt: string;
  read: boolean;
  article: Article;
}

/** Version 1 (before read marks and ids): the page URL, when it was saved, and the article. */
export interface SavedArticleV1 {
  url: string;
  savedAt: string;
  article: Article;
}

/** The compact index: what the library's first screen needs, without any article's text. */
export interface IndexEntry {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  excerpt: string | null;
  readingMinutes: number;
  savedAt: string;
  updatedAt: string;
  read: boolean;
  speakers: string[];
  /** Stored size of the article, for "storage used". */
  bytes: number;
}

export type SaveResult = { ok: true; status: 'saved' | 'updated'; id: string } | { ok: false; message: string };
export type WriteResult = { ok: true } | { ok: false; message: string };
