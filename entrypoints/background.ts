import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../utils/messaging';
import { isSaved, saveArticle } from '../utils/library/store';

// The background is the library's only writer: pages ask it to save, so saves from the popup,
// the reader tab and two windows queue in one place and none is lost.
export default defineBackground(() => {
  // Only our own extension pages: not web pages (they cannot reach us anyway) and not content scripts.
  const fromUs = (sender: { id?: string; url?: string }) =>
    sender.id === browser.runtime.id && Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));

  onMessage('ping', ({ sender }) => {
    if (!fromUs(sender)) throw new Error('refused');
    return { ok: true as const };
  });
  onMessage('saveArticle', ({ data, sender }) => {
    if (!fromUs(sender)) return { ok: false as const, message: 'refused' };
    return saveArticle(data);
  });
  onMessage('isSaved', ({ data, sender }) => {
    if (!fromUs(sender)) return false;
    return isSaved(data);
  });
});
