// How much story-like paragraph text each element holds: paragraphs of at least 80 characters that
// are not mostly link text. One pass over the paragraphs, adding to every ancestor.
import { elementsByTag } from './elements';

const STORY_PARAGRAPH = 80;
const STORY_BLOCKS = new Set(['p', 'li', 'blockquote', 'pre', 'h2', 'h3']);

export function storyTextByElement(root: Element): Map<Element, number> {
  const sums = new Map<Element, number>();
  const blocks = elementsByTag(root, STORY_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const p = blocks[i]!;
    // Only innermost blocks count: an <li> holding a <p>, or a menu item holding a list of items,
    // would otherwise count its text twice (a site menu nested five deep outweighed the story).
    // Blocks come in document order, so a block holds another exactly when it holds the next one.
    const next = blocks[i + 1];
    if (next && p.contains(next)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < STORY_PARAGRAPH) continue;
    let linked = 0;
    // getElementsByTagName, not a selector query: in jsdom a query per paragraph adds up.
    const anchors = p.getElementsByTagName('a');
    for (let i = 0; i < anchors.length; i++) linked += (anchors[i]!.textContent ?? '').length;
    if (linked > len / 2) continue;
    for (let el: Element | null = p; el; el = el === root ? null : el.parentElement) {
      sums.set(el, (sums.get(el) ?? 0) + len);
    }
  }
  return sums;
}

/** The deepest element that still holds `share` of the page's story text, and how much that is
 * (with the story text of every element, for a caller that needs more than the container). */
export function storyContainer(root: Element, share = 0.8): { el: Element; chars: number; sums: Map<Element, number> } {
  const sums = storyTextByElement(root);
  const total = sums.get(root) ?? 0;
  let el = root;
  for (;;) {
    let best: Element | null = null;
    let bestSum = 0;
    for (const child of Array.from(el.children)) {
      const s = sums.get(child) ?? 0;
      if (s > bestSum) {
        best = child;
        bestSum = s;
      }
    }
    if (!best || bestSum < total * share) break;
    el = best;
  }
  return { el, chars: sums.get(el) ?? 0, sums };
}
