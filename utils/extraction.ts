// Run the extractor in a tab and say plainly why when it cannot.
import { browser, type Browser } from 'wxt/browser';
import type { ExtractResult, Quote } from '../core/types';
import type { Handover, QuotesHolder } from './extraction-handover';
import { loadSettings } from './settings/store';
import { DEFAULT_SETTINGS, type Settings } from './settings/schema';

/** `quotesKey`: the article's quotes are still to come, from quotesFromTab with that key. */
export type TabExtraction =
  | (ExtractResult & { quotesKey?: string })
  | { ok: false; reason: 'restricted' | 'injection-refused' | 'error'; message: string };

export interface ExtractFromTabOptions {
  onWaiting?: () => void;
  /** Leave the quotes for a second call (quotesFromTab), so the story can be shown sooner. */
  quotesLater?: boolean;
}

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
const EXTRACTOR = '/content-scripts/extract.js';

export async function extractFromTab(tabId: number, options: ExtractFromTabOptions = {}): Promise<TabExtraction> {
  const { onWaiting, quotesLater = false } = options;
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
    const handOver = () =>
      browser.scripting.executeScript({
        target: { tabId },
        func: handOverSettings,
        args: [settings, quotesLater],
      });
    const extract = async () => {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR] });
      return injection?.result as (TabExtraction & { settingsMissing?: true }) | undefined;
    };
    // Both are sent at once, which saves the popup a round trip to the tab: the settings arrive
    // first, since the extractor's file has to be read before it is sent. Should they not, the
    // extractor says so and the two go again, one after the other.
    let [, result] = await Promise.all([handOver(), extract()]);
    if (result && 'settingsMissing' in result) {
      await handOver();
      result = await extract();
    }
    if (!result || 'settingsMissing' in result) {
      return { ok: false, reason: 'error', message: 'The page gave no answer. Reload it and try again.' };
    }
    return result;
  } catch (err) {
    return {
      ok: false,
      reason: 'injection-refused',
      message: `The browser did not let Verbatim read this page (${String((err as Error)?.message ?? err)}).`,
    };
  }
}

/** Runs in the tab's isolated world, just before the extractor, which takes the settings from there.
 * (Serialized into the tab: it may use its arguments only.) */
function handOverSettings(settings: Settings, quotesLater: boolean): void {
  const holder = globalThis as Handover;
  holder.__verbatimSettings = settings;
  holder.__verbatimQuotesLater = quotesLater;
}

/** The quotes a `quotesLater` extraction in the tab left under `key`; [] when they are gone (the
 * tab navigated, or was reloaded, since). */
export async function quotesFromTab(tabId: number, key: string): Promise<Quote[]> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: takeQuotes, args: [key] });
    return Array.isArray(injection?.result) ? (injection.result as Quote[]) : [];
  } catch {
    return [];
  }
}

/** Runs in the tab's isolated world: finds the quotes once and forgets the story. */
function takeQuotes(key: string): Quote[] | null {
  const waiting = (globalThis as QuotesHolder).__verbatimQuotes;
  const find = waiting?.get(key);
  waiting?.delete(key);
  return find ? find() : null;
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
