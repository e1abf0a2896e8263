// The shape of a clutter filter. Most filters are data (class tokens, selectors, block texts,
// section headings) run by engine.ts; a filter with odd clutter adds a `clean` step of its own.

export interface FilterContext {
  /** Elements that must never be removed: the story's own container and its ancestors, kept selectors. */
  isProtected(el: Element): boolean;
  /** How much story-like paragraph text an element holds (characters). */
  storyChars(el: Element): number;
  /** Remove an element for this filter, logging its text. Returns false when it is protected. */
  remove(el: Element): boolean;
  /** The leaf blocks of the tree with their text, in document order, as scanned at the start of the run
   * (check `root.contains(el)` before acting: an earlier filter may have removed one). */
  leaves: readonly { el: Element; text: string }[];
  /** The elements with a class or an id, in document order, as scanned at the start of the run. */
  marked: readonly Element[];
  /** Log text removed from inside an element (a credit stripped from a caption). */
  note(text: string): void;
}

export interface ClutterFilter {
  id: string;
  label: string;
  /** One line for the options page. */
  description: string;
  /** A sample of what it removes, shown beside the toggle. */
  example: string;
  defaultEnabled: boolean;
  /** When it runs: 'page' only on a story read from the page's own container (not Readability's
   * pick); 'story' only on the story once found, not on the page before Readability reads it
   * (removing it earlier changes what Readability picks). Unset: both. */
  scope?: 'page' | 'story';
  /** Class or id word tokens that mark an element (see dom/class-tokens.ts). */
  tokens?: readonly string[];
  /** Substrings of the class or id that mark an element ("related" finds "jp-relatedposts"). */
  classContains?: readonly string[];
  /** Substrings of a link's href that mark it (share intents). */
  hrefContains?: readonly string[];
  /** Elements marked by tokens, classContains or selectors that hold more story text than this
   * are left alone: a menu or a share bar has no long paragraphs, so such a match is a false one
   * ("skip-item" on every section of a guide). */
  maxStoryChars?: number;
  /** Simple CSS selectors that mark an element (attribute substring selectors are slow in jsdom:
   * use classContains / hrefContains for those). */
  selectors?: readonly string[];
  /** A leaf block whose whole text matches one of these is removed (short blocks only). */
  blockText?: readonly RegExp[];
  /** A heading (or heading-like short block) matching one of these goes with the section it opens. */
  headings?: readonly RegExp[];
  /** Anything the data above cannot say. */
  clean?(root: Element, ctx: FilterContext): void;
}
