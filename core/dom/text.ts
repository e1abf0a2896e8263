// Text helpers shared by filters, quotes and the text rendering. Pure functions over DOM nodes.

/** Collapse runs of white space (including NBSP) and trim. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** An element's visible-ish text, normalized. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

/** An element's normalized text when it is at most `max` characters, else null, without reading
 * the text of a large subtree: asking for the text of every wrapper <div> on a page (to find a
 * short label) would read the page's text once per level of nesting. */
export function shortTextOf(node: Node, max: number): string | null {
  // Raw text may be mostly indentation; beyond this it cannot collapse to `max`.
  const rawLimit = max * 8 + 200;
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let raw = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    raw += t.nodeValue ?? '';
    if (raw.length > rawLimit) return null;
  }
  const text = normalizeSpace(raw);
  return text.length <= max ? text : null;
}

const WORD = /[\p{L}\p{N}_]+/gu;

export function countWords(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** A short sample of removed text for the removal log. */
export function sample(s: string, max = 120): string {
  const t = normalizeSpace(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
