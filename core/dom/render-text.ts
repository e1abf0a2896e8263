// Plain text of a story: one block a paragraph, one blank line between blocks.
import { isBlock } from './blocks';
import { normalizeSpace } from './text';

export function renderText(root: Node): string {
  const blocks: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf
      .split('\n')
      .map((line) => normalizeSpace(line))
      .filter(Boolean)
      .join('\n');
    if (t) blocks.push(t);
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
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
