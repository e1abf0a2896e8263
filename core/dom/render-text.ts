// Plain text of a story: one block a paragraph, one blank line between blocks; list items marked
// as in Markdown ("- " in a bulleted list, "1. " in a numbered one), so a list still reads as one.
import { isBlock } from './blocks';
import { normalizeSpace } from './text';

export function renderText(root: Node): string {
  const blocks: string[] = [];
  let buf = '';
  // The marker of the list item whose first text is still to come, and each numbered list's next number.
  let marker = '';
  const next = new Map<Element, number>();
  const flush = (): void => {
    const t = buf
      .split('\n')
      .map((line) => normalizeSpace(line))
      .filter(Boolean)
      .join('\n');
    if (t) {
      blocks.push(marker + t);
      marker = '';
    }
    buf = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buf += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const block = node.nodeType === 1 && isBlock(el);
    if (node.nodeType === 1 && el.tagName === 'BR') {
      buf += '\n';
      return;
    }
    if (block) flush();
    if (node.nodeType === 1 && el.tagName === 'LI') marker = listMarker(el, next);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
    if (node.nodeType === 1 && el.tagName === 'LI') marker = '';
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function listMarker(li: Element, next: Map<Element, number>): string {
  const list = li.parentElement;
  if (!list || list.tagName !== 'OL') return '- ';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  const n = next.get(list) ?? (Number.isFinite(start) ? start : 1);
  next.set(list, n + 1);
  return `${n}. `;
}
