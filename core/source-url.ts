// The original story a republishing page points to ("View the original article: <link>").
import { SOURCE_LINE } from './filters/source-link';
import { leafBlocks } from './dom/blocks';
import { textOf } from './dom/text';

export function findSourceUrl(root: Element, pageUrl: string): string | null {
  for (const block of leafBlocks(root)) {
    const text = textOf(block);
    if (text.length > 300 || !SOURCE_LINE.test(text)) continue;
    for (const a of Array.from(block.querySelectorAll('a[href]'))) {
      try {
        const url = new URL(a.getAttribute('href') ?? '', pageUrl);
        if (/^https?:$/.test(url.protocol) && url.href !== pageUrl) return url.href;
      } catch {
        // not a URL: try the next link
      }
    }
  }
  return null;
}
