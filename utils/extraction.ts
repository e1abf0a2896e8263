// Run the extractor in a tab and say plainly why when it cannot.
import { browser, type Browser } from 'wxt/browser';
import type { ExtractResult } from '../core/types';
import { loadSettings } from './settings/store';
import { DEFAULT_SETTINGS, type Settings } from './settings/schema';

export type TabExtraction =
  ExtractResult | { ok: false; reason: 'restricted' | 'injection-refused' | 'error'; message: string };

const RESTRICTED = [
  /^(?:chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|chrome-search|data|file|javascript):/i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/addons\.mozilla\.org/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /\.pdf(?:[?#]|$)/i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  return RESTRICTED.some((re) => re.test(url));
}

const LOAD_WAIT_MS = 15_000;

export async function extractFromTab(tabId: number, onWaiting?: () => void): Promise<TabExtraction> {
  // The user's settings go with the extractor (into its isolated world, where the page cannot
  // see them), so the content script needs no storage code and no storage round trip of its own.
  // They are read while the tab is looked up: each call takes the popup 5-20 ms.
  const [found, settings] = await Promise.all([
    browser.tabs.get(tabId).catch(() => null),
    loadSettings().catch(() => DEFAULT_SETTINGS),
  ]);
  let tab = found;
  if (!tab) return { ok: false, reason: 'error', message: 'That tab is gone.' };
  if (tab.status === 'loading') {
    onWaiting?.();
    tab = (await waitForComplete(tabId, LOAD_WAIT_MS)) ?? tab;
  }
  if (isRestrictedUrl(tab.url)) {
    return {
      ok: false,
      reason: 'restricted',
      message:
        'Verbatim cannot read this page: browser pages, extension stores, PDFs and local files are off limits to extensions.',
    };
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: handOverSettings, args: [settings] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
    });
    const result = injection?.result as ExtractResult | undefined;
    if (!result) return { ok: false, reason: 'error', message: 'The page gave no answer. Reload it and try again.' };
    return result;
  } catch (err) {
    return {
      ok: false,
      reason: 'injection-refused',
      message: `The browser did not let Verbatim read this page (${String((err as Error)?.message ?? err)}).`,
    };
  }
}

/** Runs in the tab's isolated world, just before the extractor, which takes the settings from there. */
function handOverSettings(settings: Settings): void {
  (globalThis as { __verbatimSettings?: Settings }).__verbatimSettings = settings;
}

/** The tab once it has finished loading, or null after `ms`. Polled: a popup may miss the event. */
async function waitForComplete(tabId: number, ms: number): Promise<Browser.tabs.Tab | null> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab) return null;
    if (tab.status === 'complete') return tab;
    await new Promise((r) => setTimeout(r, 150));
  }
  return null;
}
