// The original story a republishing page points to ("View the original article: <link>").
import { SOURCE_LINE } from './filters/source-link';
import { isBlock } from './dom/blocks';
import { normalizeSpace, shortTextOf } from './dom/text';

/** Found from the text nodes that start such a line (one pass over the text), not by reading the
 * text of every block on the page. */
export function findSourceUrl(root: Element, pageUrl: string): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const raw = t.nodeValue ?? '';
    if (raw.length > 400 || !SOURCE_LINE.test(normalizeSpace(raw))) continue;
    let block = t.parentElement;
    while (block && block !== root && !isBlock(block)) block = block.parentElement;
    if (!block) continue;
    const text = shortTextOf(block, 300);
    if (!text || !SOURCE_LINE.test(text)) continue;
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
