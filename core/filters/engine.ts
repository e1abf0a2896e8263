// Runs clutter filters over a tree and records what each removed. A filter never removes the
// story's own container (or anything holding a large share of the story text): on sites that put
// "share", "tag-…" or "newsletter-…" into the class of the article wrapper, whole-element rules
// would otherwise delete the story itself.
//
// The tree is scanned once per run (elements, leaf blocks and their text), and every filter works
// from that scan: on a large page, re-walking the DOM for each filter costs more than Readability.

import type { RemovedEntry } from '../types';
import type { ClutterFilter, FilterContext } from './types';
import { classString, classTokens } from '../dom/class-tokens';
import { HEADING_TAGS, LEAF_CANDIDATES, isLeafBlock } from '../dom/blocks';
import { sample, textOf } from '../dom/text';
import { storyTextByElement } from '../dom/story-text';
import { isValidSelector } from '../dom/selectors';
import { inDocumentOrder } from '../dom/order';
import { elementsUnder } from '../dom/elements';
import { closestTag } from '../dom/closest-tag';

const MAX_SAMPLES = 3;
/** Block-text rules look only at short blocks: long paragraphs are story, whatever they mention. */
const MAX_BLOCK_TEXT = 260;
const MAX_HEADING_TEXT = 80;
/** A section that a clutter heading opens is at most this long; longer, and only the heading goes. */
const MAX_SECTION_TEXT = 3000;
const GUARDED_SHARE = 0.3;
const MIN_GUARDED_TEXT = 400;

export interface FilterRun {
  filters: readonly ClutterFilter[];
  /** Elements (and their ancestors) that no filter may remove. */
  protectedRoots: readonly Element[];
  keepSelectors: readonly string[];
  log: Map<string, RemovedEntry>;
}

interface Scan {
  root: Element;
  /** Elements with a class or an id: the only ones token and class rules can mark. */
  marked: Element[];
  /** Each class/id token, with the elements that carry it (in document order). */
  byToken: Map<string, Element[]>;
  /** Links with an href, for href rules. */
  links: Element[];
  /** Elements matching any filter's selectors: one query for all filters, each then checks its own. */
  selectorHits: Element[];
  /** Each filter's valid selectors as one selector list (checked once per run, not once per use). */
  selectorsOf: Map<ClutterFilter, string>;
  leaves: { el: Element; text: string }[];
  headings: { el: Element; text: string }[];
}

export function applyFilters(root: Element, run: FilterRun): void {
  const { isProtected, storyChars } = protection(root, run);
  const scan = scanTree(root, run.filters);
  for (const filter of run.filters) {
    const ctx = contextFor(filter, run.log, isProtected, storyChars, scan.leaves, scan.marked);
    removeMarked(scan, filter, ctx);
    if (filter.headings?.length) removeSections(scan, filter.headings, ctx);
    if (filter.blockText?.length) removeBlocks(scan, filter.blockText, ctx);
    filter.clean?.(root, ctx);
  }
}

function scanTree(root: Element, filters: readonly ClutterFilter[]): Scan {
  // One walk over the elements sorts out all the scan needs: several selector queries cost more,
  // markedly so in jsdom.
  const leafEls: Element[] = [];
  const otherHeadings: Element[] = [];
  const marked: Element[] = [];
  const links: Element[] = [];
  for (const el of elementsUnder(root)) {
    const raw = el.tagName;
    const tag = raw.charCodeAt(0) > 90 ? raw.toUpperCase() : raw;
    if (el.hasAttribute('class') || el.hasAttribute('id')) marked.push(el);
    if (tag === 'A' && el.hasAttribute('href')) links.push(el);
    if (LEAF_CANDIDATES.has(tag) && isLeafBlock(el)) leafEls.push(el);
    else if (HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') otherHeadings.push(el);
  }
  const leaves = leafEls.map((el) => ({ el, text: textOf(el) }));
  const headings = leaves.filter((l) => l.text && l.text.length <= MAX_HEADING_TEXT);
  // Headings that are not leaf blocks themselves (<h2><div>Related</div></h2>, role=heading).
  for (const h of otherHeadings) {
    const text = textOf(h);
    if (text.length <= MAX_HEADING_TEXT) headings.push({ el: h, text });
  }
  // One index of tokens for all filters: each filter then looks up its own few tokens instead of
  // testing every marked element (eleven filters times thousands of elements).
  const byToken = new Map<string, Element[]>();
  for (const el of marked) {
    for (const t of classTokens(el)) {
      const list = byToken.get(t);
      if (list) list.push(el);
      else byToken.set(t, [el]);
    }
  }
  const selectorsOf = new Map<ClutterFilter, string>();
  for (const f of filters) {
    const valid = validSelectors(root, f);
    if (valid.length) selectorsOf.set(f, valid.join(','));
  }
  const selectors = [...new Set([...selectorsOf.values()])];
  return {
    root,
    marked,
    byToken,
    selectorHits: selectors.length ? Array.from(root.querySelectorAll(selectors.join(','))) : [],
    selectorsOf,
    links,
    leaves,
    headings,
  };
}

function protection(
  root: Element,
  run: FilterRun,
): { isProtected: (el: Element) => boolean; storyChars: (el: Element) => number } {
  const guarded = new Set<Element>();
  for (const r of run.protectedRoots) {
    for (let el: Element | null = r; el; el = el.parentElement) guarded.add(el);
  }
  const keep = run.keepSelectors.filter((sel) => isValidSelector(root.ownerDocument, sel));
  const kept = new Set<Element>();
  for (const sel of keep) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      for (let a: Element | null = el; a; a = a.parentElement) kept.add(a);
    }
  }
  const storyText = storyTextByElement(root);
  const total = storyText.get(root) ?? 0;
  return {
    storyChars: (el) => storyText.get(el) ?? 0,
    isProtected: (el) => {
      if (guarded.has(el) || kept.has(el)) return true;
      const n = storyText.get(el) ?? 0;
      return n >= MIN_GUARDED_TEXT && n >= total * GUARDED_SHARE;
    },
  };
}

function contextFor(
  filter: ClutterFilter,
  log: Map<string, RemovedEntry>,
  isProtected: (el: Element) => boolean,
  storyChars: (el: Element) => number,
  leaves: Scan['leaves'],
  marked: Scan['marked'],
): FilterContext {
  const note = (text: string): void => {
    const entry = log.get(filter.id) ?? { filter: filter.id, label: filter.label, count: 0, samples: [] };
    entry.count += 1;
    const s = sample(text);
    // Empty slots (an ad's <ins>) count, but only text makes a useful sample.
    if (s && entry.samples.length < MAX_SAMPLES && !entry.samples.includes(s)) entry.samples.push(s);
    log.set(filter.id, entry);
  };
  return {
    isProtected,
    storyChars,
    leaves,
    marked,
    note,
    remove(el) {
      if (!el.parentNode || isProtected(el)) return false;
      note(textOf(el));
      el.remove();
      return true;
    },
  };
}

function removeMarked(scan: Scan, filter: ClutterFilter, ctx: FilterContext): void {
  const { root } = scan;
  const limit = filter.maxStoryChars ?? Infinity;
  const remove = (el: Element) => {
    if (ctx.storyChars(el) <= limit && !inCode(el)) ctx.remove(el);
  };
  // Matches are collected first and removed after, in document order.
  const tokenHits = new Set<Element>();
  for (const t of filter.tokens ?? []) for (const el of scan.byToken.get(t) ?? []) tokenHits.add(el);
  if (tokenHits.size) {
    for (const el of inDocumentOrder(tokenHits)) if (root.contains(el)) remove(el);
  }
  const parts = filter.classContains ?? [];
  const hrefs = filter.hrefContains ?? [];
  const hits = new Set<Element>();
  if (parts.length) {
    for (const el of scan.marked) if (parts.some((p) => classString(el).includes(p))) hits.add(el);
  }
  if (hrefs.length) {
    for (const el of scan.links) if (hrefs.some((h) => (el.getAttribute('href') ?? '').includes(h))) hits.add(el);
  }
  if (hits.size) {
    for (const el of inDocumentOrder(hits)) if (root.contains(el)) remove(el);
  }
  const own = scan.selectorsOf.get(filter);
  if (own) {
    for (const el of scan.selectorHits) if (root.contains(el) && el.matches(own)) remove(el);
  }
}

/** Syntax highlighters mark code with words the filters look for ("comment", "tag", "keyword"):
 * a shell comment in a listing is the story's code, not a comment section. */
const CODE = new Set(['pre', 'code']);
function inCode(el: Element): boolean {
  return closestTag(el, CODE) !== null;
}

/** A filter's selectors that the document's engine accepts (a user's may not be). */
function validSelectors(root: Element, filter: ClutterFilter): string[] {
  return (filter.selectors ?? []).filter((sel) => isValidSelector(root.ownerDocument, sel));
}

function removeBlocks(scan: Scan, patterns: readonly RegExp[], ctx: FilterContext): void {
  for (const { el, text } of scan.leaves) {
    if (!text || text.length > MAX_BLOCK_TEXT) continue;
    if (patterns.some((re) => re.test(text)) && scan.root.contains(el)) ctx.remove(el);
  }
}

/** A heading that names a clutter section takes the section with it. */
function removeSections(scan: Scan, patterns: readonly RegExp[], ctx: FilterContext): void {
  for (const { el, text } of scan.headings) {
    if (!patterns.some((re) => re.test(text)) || !scan.root.contains(el)) continue;
    removeSectionOf(el, ctx);
  }
}

function removeSectionOf(heading: Element, ctx: FilterContext): void {
  // Climb while the heading opens its container: <section><h2>Recent posts</h2><ul>…</ul></section>.
  let section: Element = heading;
  while (section.parentElement && firstMeaningfulChild(section.parentElement) === section) {
    const parent = section.parentElement;
    if (ctx.isProtected(parent) || (parent.textContent ?? '').length > MAX_SECTION_TEXT) break;
    section = parent;
  }
  if (section !== heading) {
    ctx.remove(section);
    return;
  }
  // Otherwise the section is the heading and the list or form right after it.
  const next = heading.nextElementSibling;
  ctx.remove(heading);
  if (next && /^(UL|OL|FORM|DL|NAV)$/.test(next.tagName)) ctx.remove(next);
}

function firstMeaningfulChild(el: Element): Element | null {
  for (const child of Array.from(el.children)) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META)$/.test(child.tagName)) continue;
    return child;
  }
  return null;
}
