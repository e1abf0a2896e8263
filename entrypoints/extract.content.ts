import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../core/extract';
import type { ExtractResult } from '../core/types';

// Injected on demand by the popup (scripting.executeScript with this file); never declared for any
// site, so the extension holds no host permission. main()'s return value is the injection result.
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResult {
    return extractArticle(document, location.href);
  },
});
