import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../core/extract';
import type { ExtractResult } from '../core/types';
import type { Settings } from '../utils/settings/schema';
import { extractOptionsFor } from '../utils/settings/to-options';

// Injected on demand by the popup or the context menu (scripting.executeScript with this file);
// never declared for any site, so the extension holds no host permission. main()'s return value is
// the injection result. The injector puts the user's settings in this isolated world first
// (utils/extraction.ts), so every extraction uses the current filters and site rules.
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResult {
    const holder = globalThis as { __verbatimSettings?: Settings };
    const settings = holder.__verbatimSettings;
    delete holder.__verbatimSettings;
    const options = settings ? extractOptionsFor(settings, location.hostname) : {};
    return extractArticle(document, location.href, options);
  },
});
