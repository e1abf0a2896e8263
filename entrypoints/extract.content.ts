import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticleInStages } from '../core/extract';
import type { ExtractResult, Quote } from '../core/types';
import { extractOptionsFor } from '../utils/settings/to-options';
import { MAX_WAITING_QUOTES, type Handover, type QuotesHolder } from '../utils/extraction-handover';

// Injected on demand by the popup or the context menu (scripting.executeScript with this file);
// never declared for any site, so the extension holds no host permission. main()'s return value is
// the injection result. The injector puts the user's settings in this isolated world first
// (utils/extraction.ts), so every extraction uses the current filters and site rules.
export default defineContentScript({
  registration: 'runtime',
  main(): (ExtractResult & { quotesKey?: string }) | { settingsMissing: true } {
    const holder = globalThis as Handover & QuotesHolder;
    const settings = holder.__verbatimSettings;
    const later = holder.__verbatimQuotesLater === true;
    delete holder.__verbatimSettings;
    delete holder.__verbatimQuotesLater;
    // The injector sends the settings and this file at once; without them the user's filters
    // and site rules would be ignored, so it is asked to send both again, in order.
    if (!settings) return { settingsMissing: true };
    const options = extractOptionsFor(settings, location.hostname);
    const { result, findQuotes } = extractArticleInStages(document, location.href, options);
    if (!result.ok) return result;
    if (!later) {
      result.article.quotes = findQuotes();
      return result;
    }
    // The popup shows the story first and asks for its quotes next (utils/extraction.ts
    // quotesFromTab). This isolated world is the extension's own: the page cannot see or call this.
    const waiting = (holder.__verbatimQuotes ??= new Map<string, () => Quote[]>());
    const key = `${Date.now()}-${Math.random()}`;
    waiting.set(key, findQuotes);
    for (const old of waiting.keys()) if (waiting.size > MAX_WAITING_QUOTES) waiting.delete(old);
    return { ...result, quotesKey: key };
  },
});
