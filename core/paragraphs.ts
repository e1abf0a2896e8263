// The story's paragraphs in order, as quotes and the popup count them: every leaf text block.
// The popup finds paragraph N with the same selector, so keep the two in step.
import { normalizeSpace } from './dom/text';
import { elementsByTag } from './dom/elements';

export const PARAGRAPH_SELECTOR = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, dd, dt, figcaption, td, th';
const PARAGRAPH_TAGS = new Set(PARAGRAPH_SELECTOR.split(', '));

export function storyParagraphs(root: Element): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const blocks = elementsByTag(root, PARAGRAPH_TAGS);
  blocks.forEach((el, index) => {
    // A block that holds other blocks is counted, but its text belongs to its children. In
    // document order a block's first inner block comes right after it, so the next one tells
    // (a selector query inside every block cost 30 ms a story in jsdom).
    const next = blocks[index + 1];
    if (next && el.contains(next)) return;
    const text = normalizeSpace(el.textContent ?? '');
    if (text) out.push({ text, index });
  });
  return out;
}
