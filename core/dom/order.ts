// Elements collected from several lists, put back in the order they appear in the document.
export function inDocumentOrder(els: Iterable<Element>): Element[] {
  return [...els].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}
