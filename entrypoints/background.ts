import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../utils/messaging';
import {
  checkLibrary,
  deleteArticle,
  importArticles,
  isSaved,
  migrateLibrary,
  restoreArticle,
  saveArticle,
  setRead,
} from '../utils/library/store';
import { registerContextMenu } from '../utils/context-menu';

// The background is the library's only writer: pages ask it, so saves from the popup, the reader
// tab, the context menu and two windows queue in one place and none is lost.
export default defineBackground(() => {
  // Only our own extension pages: not web pages (they cannot reach us anyway) and not content scripts.
  const fromUs = (sender: { id?: string; url?: string }) =>
    sender.id === browser.runtime.id && Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));
  const refused = { ok: false as const, message: 'Refused: not from a Verbatim page.' };

  onMessage('saveArticle', ({ data, sender }) => (fromUs(sender) ? saveArticle(data) : refused));
  onMessage('isSaved', ({ data, sender }) => (fromUs(sender) ? isSaved(data) : false));
  onMessage('setRead', ({ data, sender }) => (fromUs(sender) ? setRead(data.id, data.read) : refused));
  onMessage('deleteArticle', ({ data, sender }) => (fromUs(sender) ? deleteArticle(data) : refused));
  onMessage('restoreArticle', ({ data, sender }) => (fromUs(sender) ? restoreArticle(data) : refused));
  onMessage('importArticles', ({ data, sender }) => (fromUs(sender) ? importArticles(data) : refused));
  onMessage('checkLibrary', ({ sender }) => (fromUs(sender) ? checkLibrary() : null));

  registerContextMenu();
  // An upgrade brings every saved article to the current schema and rebuilds the index.
  browser.runtime.onInstalled.addListener(() => void migrateLibrary());
});
