// Text helpers shared by filters, quotes and the text rendering. Pure functions over DOM nodes.

/** Collapse runs of white space (including NBSP) and trim. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** An element's visible-ish text, normalized. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
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
