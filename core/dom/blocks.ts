// What counts as a block, and walking a tree's blocks. Filters and the text renderer agree on
// these so that "a paragraph" means the same thing everywhere.

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'CAPTION',
  'SUMMARY',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function isBlock(el: Element): boolean {
  // HTML documents give upper-case tag names already; only XHTML ones need the conversion.
  const tag = el.tagName;
  return BLOCK_TAGS.has(tag) || (tag.charCodeAt(0) > 90 && BLOCK_TAGS.has(tag.toUpperCase()));
}

/** True when the element holds no block-level element: its text reads as one block. */
export function isLeafBlock(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBlock(child)) return false;
  }
  return true;
}

/** Leaf blocks under root, in document order: the smallest elements whose text reads as one block. */
export function leafBlocks(root: ParentNode): Element[] {
  const out: Element[] = [];
  const all = root.querySelectorAll(
    'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, div, section, aside, dd, dt, td, th',
  );
  for (const el of Array.from(all)) if (isLeafBlock(el)) out.push(el);
  return out;
}
