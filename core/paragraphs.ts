// The story's paragraphs in order, as quotes and the popup count them: every leaf text block.
// The popup finds paragraph N with the same selector, so keep the two in step.
import { normalizeSpace } from './dom/text';

export const PARAGRAPH_SELECTOR = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, dd, dt, figcaption, td, th';

export function storyParagraphs(root: ParentNode): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  Array.from(root.querySelectorAll(PARAGRAPH_SELECTOR)).forEach((el, index) => {
    // A block that holds other blocks is counted, but its text belongs to its children.
    if (el.querySelector(PARAGRAPH_SELECTOR)) return;
    const text = normalizeSpace(el.textContent ?? '');
    if (text) out.push({ text, index });
  });
  return out;
}
