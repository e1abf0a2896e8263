// Typed messages between extension pages and the background. Only the extension's own pages may
// send them (the background checks the sender), and only the background writes the library.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article } from '../core/types';
import type { SavedArticle, SaveResult, WriteResult } from './library/types';
import type { LibraryCheck } from './library/store';

interface ProtocolMap {
  saveArticle(article: Article): SaveResult;
  isSaved(url: string): boolean;
  setRead(data: { id: string; read: boolean }): WriteResult;
  deleteArticle(id: string): { ok: true; removed: SavedArticle | null } | { ok: false; message: string };
  restoreArticle(saved: SavedArticle): WriteResult;
  importArticles(file: unknown): { ok: true; added: number; updated: number } | { ok: false; message: string };
  checkLibrary(): LibraryCheck | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
