import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../core/extract';
import type { ExtractResult } from '../core/types';
import { loadSettings } from '../utils/settings/store';
import { extractOptionsFor } from '../utils/settings/to-options';

// Injected on demand by the popup (scripting.executeScript with this file); never declared for any
// site, so the extension holds no host permission. main()'s return value is the injection result.
// It reads the user's settings itself, so every extraction uses the current filters and site rules.
export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<ExtractResult> {
    const settings = await loadSettings().catch(() => null);
    const options = settings ? extractOptionsFor(settings, location.hostname) : {};
    return extractArticle(document, location.href, options);
  },
});
