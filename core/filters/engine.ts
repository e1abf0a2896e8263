// Runs clutter filters over a tree and records what each removed. A filter never removes the
// story's own container (or anything holding it): on sites that put "share" or "ad" into the
// class of the article wrapper, whole-element rules would otherwise delete the story itself.

import type { RemovedEntry } from '../types';
import type { ClutterFilter, FilterContext } from './types';
import { hasAnyToken } from '../dom/class-tokens';
import { HEADING_TAGS, isLeafBlock, leafBlocks } from '../dom/blocks';
import { sample, textOf } from '../dom/text';

const MAX_SAMPLES = 3;
/** Block-text rules look only at short blocks: long paragraphs are story, whatever they mention. */
const MAX_BLOCK_TEXT = 260;
const MAX_HEADING_TEXT = 80;

export interface FilterRun {
  filters: readonly ClutterFilter[];
  /** Elements (and their ancestors) that no filter may remove. */
  protectedRoots: readonly Element[];
  keepSelectors: readonly string[];
  log: Map<string, RemovedEntry>;
}

export function applyFilters(root: Element, run: FilterRun): void {
  const guarded = new Set<Element>();
  for (const r of run.protectedRoots) {
    for (let el: Element | null = r; el; el = el.parentElement) guarded.add(el);
  }
  const keep = run.keepSelectors.filter((sel) => isValidSelector(root, sel));
  const isProtected = (el: Element): boolean =>
    guarded.has(el) || keep.some((sel) => el.matches(sel) || el.querySelector(sel) !== null);

  for (const filter of run.filters) {
    const ctx = contextFor(filter.id, run.log, isProtected);
    removeMarked(root, filter, ctx);
    if (filter.headings?.length) removeSections(root, filter.headings, ctx);
    if (filter.blockText?.length) removeBlocks(root, filter.blockText, ctx);
    filter.clean?.(root, ctx);
  }
}

function contextFor(id: string, log: Map<string, RemovedEntry>, isProtected: (el: Element) => boolean): FilterContext {
  const note = (text: string): void => {
    const entry = log.get(id) ?? { filter: id, count: 0, samples: [] };
    entry.count += 1;
    const s = sample(text);
    // Empty slots (an ad's <ins>) count, but only text makes a useful sample.
    if (s && entry.samples.length < MAX_SAMPLES && !entry.samples.includes(s)) entry.samples.push(s);
    log.set(id, entry);
  };
  return {
    isProtected,
    note,
    remove(el) {
      if (!el.parentNode || isProtected(el)) return false;
      note(textOf(el));
      el.remove();
      return true;
    },
  };
}

function removeMarked(root: Element, filter: ClutterFilter, ctx: FilterContext): void {
  const tokens = filter.tokens?.length ? new Set(filter.tokens) : null;
  const valid = (filter.selectors ?? []).filter((sel) => isValidSelector(root, sel));
  const selector = valid.length ? valid.join(',') : null;
  if (!tokens && !selector) return;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue; // an ancestor went already
    if ((tokens && hasAnyToken(el, tokens)) || (selector && el.matches(selector))) ctx.remove(el);
  }
}

function removeBlocks(root: Element, patterns: readonly RegExp[], ctx: FilterContext): void {
  for (const el of leafBlocks(root)) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_BLOCK_TEXT) continue;
    if (patterns.some((re) => re.test(text))) ctx.remove(el);
  }
}

/** A heading that names a clutter section takes the section with it. */
function removeSections(root: Element, patterns: readonly RegExp[], ctx: FilterContext): void {
  const candidates = Array.from(root.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading],p,div,span,strong'));
  for (const el of candidates) {
    if (!root.contains(el)) continue;
    const isHeading = HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
    if (!isHeading && !isLeafBlock(el)) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_HEADING_TEXT) continue;
    if (!patterns.some((re) => re.test(text))) continue;
    removeSectionOf(el, ctx);
  }
}

function removeSectionOf(heading: Element, ctx: FilterContext): void {
  // Climb while the heading opens its container: <section><h2>Recent posts</h2><ul>…</ul></section>.
  let section: Element = heading;
  while (section.parentElement && firstMeaningfulChild(section.parentElement) === section) {
    const parent = section.parentElement;
    if (ctx.isProtected(parent) || textOf(parent).length > 3000) break;
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

function isValidSelector(root: Element, sel: string): boolean {
  try {
    root.ownerDocument.createElement('div').matches(sel);
    return true;
  } catch {
    return false;
  }
}
