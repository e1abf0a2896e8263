import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';

// The background has little to do yet: the popup injects the extractor itself. It answers a ping
// so tests (and later pages) can tell the worker is alive, and only to the extension's own pages.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: string })?.type === 'ping') return Promise.resolve({ ok: true });
    return undefined;
  });
});
