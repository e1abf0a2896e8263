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

/** Tags whose elements may be leaf blocks, the smallest elements whose text reads as one block
 * (headings too, see HEADING_TAGS). The filter engine finds them in its walk over the tree. */
export const LEAF_CANDIDATES = new Set([
  'P',
  'LI',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'DIV',
  'SECTION',
  'ASIDE',
  'DD',
  'DT',
  'TD',
  'TH',
  ...HEADING_TAGS,
]);
