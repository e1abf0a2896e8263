// Tables of contents: "Table of contents", "In this article", "Jump to:" and the list of in-page
// links under them. They repeat the story's own headings and only move the reader around a page
// that a reader mode shows whole.
import type { ClutterFilter } from './types';
import { elementsByTag } from '../dom/elements';
import { textOf } from '../dom/text';
import { linkShare } from '../dom/link-share';

const LISTS = new Set(['ul', 'ol']);
const HEADING =
  /^(?:table of contents|contents|in this (?:article|post|guide|story)|jump to(?: section)?|on this page)\s*:?$/i;
const MIN_ITEMS = 3;
/** Share of a list's text that must be link text for it to be a table of contents. */
const LINK_SHARE = 0.7;
/** How far up from the heading its list is looked for (<div><strong>Contents</strong></div><ol>). */
const MAX_CLIMB = 2;

export const contents: ClutterFilter = {
  id: 'contents',
  label: 'Tables of contents',
  description: '"Table of contents" and "In this article" lists of links to the sections of the page.',
  example: 'Table of contents · In this article · Jump to:',
  defaultEnabled: true,
  // Taken from the story once Readability has found it: removing a table of contents from the page
  // first changes what Readability picks (a "latest posts" box beside the story came in with it).
  scope: 'story',
  maxStoryChars: 300,
  tokens: ['toc', 'lwptoc', 'toc-container'],
  classContains: ['table-of-contents', 'tableofcontents', 'ez-toc', 'rank-math-toc', 'toc_container'],
  clean(root, ctx) {
    for (const { el, text } of ctx.leaves) {
      if (!HEADING.test(text) || !root.contains(el)) continue;
      // Only the heading and its list go: a heading that opens a larger box may share it with the
      // story's first paragraphs.
      const list = listAfter(el);
      if (list && linkShare(list) >= LINK_SHARE) ctx.remove(list);
      ctx.remove(el);
    }
    // A list whose links all go to sections of the same page is one, whatever its heading says
    // (a bare "#" is a script's button, not a place on the page).
    const doc = root.ownerDocument;
    const isSection = (a: Element) => {
      const href = a.getAttribute('href') ?? '';
      return href.length > 1 && href.startsWith('#') && doc.getElementById(decodeFragment(href.slice(1))) !== null;
    };
    for (const list of elementsByTag(root, LISTS)) {
      if (!root.contains(list) || list.children.length < MIN_ITEMS) continue;
      const anchors = Array.from(list.getElementsByTagName('a'));
      if (anchors.length < MIN_ITEMS || !anchors.every(isSection)) continue;
      if (linkShare(list) >= LINK_SHARE) ctx.remove(list);
    }
  },
};

/** The list right after a heading, or after the box the heading opens. */
function listAfter(heading: Element): Element | null {
  let at: Element | null = heading;
  for (let level = 0; at && level <= MAX_CLIMB; level++) {
    const next: Element | null = at.nextElementSibling;
    if (next && LISTS.has(next.localName)) return next;
    const inner = next?.querySelector('ul, ol');
    if (next && inner && textOf(inner) === textOf(next)) return inner;
    const parent: Element | null = at.parentElement;
    if (!parent || parent.firstElementChild !== at) return null;
    at = parent;
  }
  return null;
}

function decodeFragment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
