// Lazy-loaded images keep their real address in data-src / data-srcset until scrolled into view.
// Copy it into src before Readability runs, or the story would lose its pictures.

import { elementsByTag } from './dom/elements';

const IMG = new Set(['img']);
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^data:|placeholder|blank\.|spacer|lazy|1x1|pixel\.gif|grey\.gif/i;

export function resolveLazyImages(root: Element): void {
  for (const img of elementsByTag(root, IMG)) {
    const src = img.getAttribute('src') ?? '';
    if (src && !PLACEHOLDER.test(src)) continue;
    const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER.test(v));
    const set = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean) ?? img.getAttribute('srcset');
    const best = lazy ?? (set ? largestCandidate(set) : null);
    if (best) img.setAttribute('src', best);
  }
}

/** The widest (or densest) candidate of a srcset. */
export function largestCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}
