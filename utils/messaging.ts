// Typed messages between extension pages and the background. Only the extension's own pages may
// send them (the background checks the sender).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article } from '../core/types';
import type { SaveResult } from './library/types';

interface ProtocolMap {
  saveArticle(article: Article): SaveResult;
  isSaved(url: string): boolean;
  ping(): { ok: true };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
