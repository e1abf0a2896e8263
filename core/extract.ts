// (document, url, options) -> Article. Runs in the content script and in Node alike: it only
// touches the DOM it is given, and never the live page, which it clones first.
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions, ExtractResult, Quote, RemovedEntry } from './types';
import type { ClutterFilter } from './filters/types';
import { applyFilters } from './filters/engine';
import { enabledFilters } from './filters/registry';
import { resolveLazyImages } from './lazy-images';
import { repairMojibake } from './mojibake';
import { unwrapSentenceButtons } from './sentence-buttons';
import { findSourceUrl } from './source-url';
import { harvestRelatedLinks } from './related';
import { findStoryRoot } from './story-root';
import { leadParagraphs } from './lead';
import { storyContainer } from './dom/story-text';
import { leadImage } from './metadata';
import { pruneForSanitizer, sanitizeToBody } from './sanitize';
import { renderText } from './dom/render-text';
import { extractQuotes } from './quotes/extract-quotes';
import { storyParagraphs } from './paragraphs';
import { countWords, normalizeSpace } from './dom/text';
import { elementsByTag } from './dom/elements';

/** Pages above this many elements are refused rather than risk a frozen tab. */
export const MAX_ELEMENTS = 60_000;
/** Nor elements nested deeper than this (Chromium handles 5,000 levels in a blink, jsdom does not:
 * the CLI asks for less, see cli/extract.ts). */
export const MAX_DEPTH = 1_000;
/** Nor more text than this: ten times a long novel, and far more than any story. */
export const MAX_TEXT_CHARS = 5_000_000;
/** Fall back to the story container when Readability's pick has less than this share of its text. */
const FALLBACK_RATIO = 0.5;
const FALLBACK_MIN_CHARS = 1500;
/** A pick with less than this share of the story container's text is not the story either. */
const SMALL_PICK_RATIO = 0.2;
/** A pick this short (a footer line, a cookie notice) is no judgement at all. */
const TINY_PICK = 500;
/** Readability's pick is a section of a whole-page container when its paragraphs' common ancestor
 * holds this share of the container's story text. */
const SPREAD_SHARE = 0.6;
const PARAGRAPH_TAGS = new Set(['p', 'li']);
/** Below this many words of story, the page is not an article. */
const MIN_WORDS = 60;
const WORDS_PER_MINUTE = 230;

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const staged = extractArticleInStages(doc, url, options);
  if (staged.result.ok) staged.result.article.quotes = staged.findQuotes();
  return staged.result;
}

/** The extraction in two steps: the story first (its `quotes` still empty), then, when asked,
 * its quotes. Finding quotes costs tens of milliseconds the first time on a page, mostly compiling
 * the attribution patterns, so the popup shows the story before it asks for them. */
export interface StagedExtraction {
  result: ExtractResult;
  findQuotes: () => Quote[];
}

export function extractArticleInStages(doc: Document, url: string, options: ExtractOptions = {}): StagedExtraction {
  try {
    const { result, story } = extract(doc, url, options);
    return { result, findQuotes: () => (story ? quotesIn(story) : []) };
  } catch (err) {
    const result: ExtractResult = {
      ok: false,
      reason: 'unreadable',
      message: `Could not read this page: ${String((err as Error)?.message ?? err)}`,
    };
    return { result, findQuotes: () => [] };
  }
}

/** Quotes never cost the story: a failure here leaves the article without them. */
function quotesIn(story: Element): Quote[] {
  try {
    return extractQuotes(storyParagraphs(story));
  } catch {
    return [];
  }
}

interface Extracted {
  result: ExtractResult;
  /** The sanitized story, for the quotes step. */
  story?: Element;
}

function extract(doc: Document, url: string, options: ExtractOptions): Extracted {
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > MAX_ELEMENTS) {
    return refuse({
      ok: false,
      reason: 'too-large',
      message: `This page is too large to simplify (${elementCount.toLocaleString('en')} elements; the limit is ${MAX_ELEMENTS.toLocaleString('en')}).`,
    });
  }
  // A page can be small in elements and still hold megabytes of text (one 10 MB text node):
  // Readability reads an element's text again at every level, so that takes many seconds.
  const textChars = doc.body?.textContent?.length ?? 0;
  if (textChars > MAX_TEXT_CHARS) {
    return refuse({
      ok: false,
      reason: 'too-large',
      message: `This page is too large to simplify (${textChars.toLocaleString('en')} characters of text; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')}).`,
    });
  }
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  if (doc.body && deeperThan(doc.body, maxDepth)) {
    return refuse({
      ok: false,
      reason: 'too-large',
      message: `This page is too large to simplify (its elements are nested more than ${maxDepth.toLocaleString('en')} levels deep).`,
    });
  }
  const clone = doc.cloneNode(true) as Document;
  const body = clone.body;
  if (!body) return refuse(noArticle());
  tidy(body);
  const sourceUrl = findSourceUrl(body, url);
  const relatedLinks = harvestRelatedLinks(body, url);

  const enabled = [...customFilters(options), ...enabledFilters(options.disable, options.enable)];
  const filters = enabled.filter((f) => !f.scope);
  const pageFilters = enabled.filter((f) => f.scope === 'page');
  const storyFilters = enabled.filter((f) => f.scope !== 'page');
  const log = new Map<string, RemovedEntry>();
  const keepSelectors = options.keepSelectors ?? [];
  const prefilter = (root: HTMLElement, into: Map<string, RemovedEntry>) =>
    applyFilters(root, { filters, protectedRoots: [findStoryRoot(root)], keepSelectors, log: into });
  prefilter(body, log);

  // Readability sometimes settles on a small part of the page (a footer, one section of a long
  // guide); then the element that holds most of the page's story text is taken instead. Readability
  // changes the tree it reads, so that element is rebuilt from a second clone, prepared the same
  // way, in the few cases that need it: copying it up front on every page cost more than the rebuild.
  const story = storyContainer(body);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 300 }).parse();
  const picked = parsed?.content && parsed.content.nodeType === 1 ? (parsed.content as Element) : null;
  const pickedChars = picked ? (picked.textContent ?? '').replace(/\s+/g, ' ').length : 0;
  let contentEl = picked;
  if (story.chars >= FALLBACK_MIN_CHARS && mayFallBack(picked, pickedChars, story.chars)) {
    const again = (doc.cloneNode(true) as Document).body;
    tidy(again);
    prefilter(again, new Map());
    const { el: container, sums } = storyContainer(again);
    if (shouldFallBack(picked, pickedChars, container, story.chars, again, sums)) {
      contentEl = container;
      // The container may be a wrapper of the whole page: its header, footer and menus go.
      applyFilters(container, { filters: pageFilters, protectedRoots: [findStoryRoot(container)], keepSelectors, log });
    }
  }
  if (!contentEl) return refuse(noArticle());
  // A dek or intro box between the headline and the story's body is the story's opening.
  if (contentEl === picked && doc.body) contentEl.prepend(...leadParagraphs(doc.body, picked, clone));
  // Readability keeps some clutter that sits inside the story; a second pass catches it there.
  applyFilters(contentEl, { filters: storyFilters, protectedRoots: [contentEl], keepSelectors, log });

  const win = doc.defaultView ?? options.window;
  if (!win) throw new Error('no window to sanitize with');
  pruneForSanitizer(contentEl);
  const safe = sanitizeToBody(win, contentEl.innerHTML, url);
  const textContent = renderText(safe);
  const wordCount = countWords(textContent);
  if (wordCount < MIN_WORDS) return refuse(noArticle());

  const article: Article = {
    url,
    title: normalizeSpace(parsed?.title ?? '') || normalizeSpace(doc.title) || url,
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    publishedTime: clean(parsed?.publishedTime),
    lang: clean(parsed?.lang),
    dir: clean(parsed?.dir),
    excerpt: clean(parsed?.excerpt),
    leadImage: leadImage(doc, url),
    contentHtml: safe.innerHTML,
    textContent,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    sourceUrl,
    quotes: [],
    relatedLinks,
    removed: [...log.values()],
  };
  return { result: { ok: true, article }, story: safe };
}

/**
 * Readability's pick is replaced by the story container only when the pick is tiny, when it is a
 * part of that container holding much less than it (one section of a long guide), or when it holds
 * a small fraction of the container's text wherever it is. Otherwise a pick from elsewhere on the
 * page is a different judgement about where the story is, and Readability's stands.
 */
function mayFallBack(picked: Element | null, pickedChars: number, containerChars: number): boolean {
  return !picked || pickedChars < TINY_PICK || pickedChars < containerChars * FALLBACK_RATIO;
}

function shouldFallBack(
  picked: Element | null,
  pickedChars: number,
  container: Element,
  containerChars: number,
  page: Element,
  storyText: Map<Element, number>,
): boolean {
  if (!picked || pickedChars < TINY_PICK) return true;
  // A pick this much smaller than the story container is a box beside the story (an advertiser
  // disclosure, a newsletter panel), wherever it sits on the page.
  if (pickedChars < containerChars * SMALL_PICK_RATIO) return true;
  const haystack = normalizeSpace(container.textContent ?? '');
  const paras = Array.from(picked.querySelectorAll('p, li'))
    .map((p) => normalizeSpace(p.textContent ?? ''))
    .filter((t) => t.length >= 60);
  if (!paras.length) return false;
  const inside = paras.filter((t) => haystack.includes(t)).length;
  if (inside / paras.length < 0.7) return false;
  // A container that is the whole page holds every pick, so that test says nothing there. The pick
  // is then one section of the story only when its own paragraphs spread over most of the page's
  // story text; a pick that sits in one part of the page is the story, and the page's other text
  // is something else (other stories' teasers, testimonials, a long footer).
  if (!wholePage(container, page)) return true;
  const around = commonAncestor(page, new Set(paras));
  return (around ? (storyText.get(around) ?? 0) : 0) >= containerChars * SPREAD_SHARE;
}

/** A container with (nearly) all of the page's text is the page, not a part of it. */
function wholePage(container: Element, page: Element): boolean {
  return container === page || (container.textContent ?? '').length >= 0.9 * (page.textContent ?? '').length;
}

/** The deepest element of `root` holding every paragraph whose text is one of `texts`. */
function commonAncestor(root: Element, texts: Set<string>): Element | null {
  let around: Element | null = null;
  for (const p of elementsByTag(root, PARAGRAPH_TAGS)) {
    if (!texts.has(normalizeSpace(p.textContent ?? ''))) continue;
    if (!around) around = p;
    while (around && !around.contains(p)) around = around.parentElement;
  }
  return around;
}

const NEVER_STORY = new Set(['script', 'style', 'template', 'link']);

/** Scripts and styles are never story (dropping them first keeps them out of the removal log);
 * text mangled by a wrong charset is repaired; lazy images get their real source; a name in a
 * button inside a sentence stays as text. */
function tidy(body: HTMLElement): void {
  for (const el of elementsByTag(body, NEVER_STORY)) el.remove();
  unwrapSentenceButtons(body);
  repairMojibake(body);
  resolveLazyImages(body);
}

/** Whether any element under root sits more than `limit` levels below it (stops once one does). */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

function refuse(result: ExtractResult): Extracted {
  return { result };
}

function noArticle(): ExtractResult {
  return { ok: false, reason: 'no-article', message: 'No article found on this page.' };
}

/** Metadata is text only: strip anything that looks like markup and collapse space. */
function clean(s: string | null | undefined): string | null {
  const t = normalizeSpace((s ?? '').replace(/<[^>]*>/g, ''));
  return t || null;
}

/** The user's own selectors and text rules, as filters that log under their own ids. */
function customFilters(options: ExtractOptions): ClutterFilter[] {
  const out: ClutterFilter[] = [];
  const selectors = (options.removeSelectors ?? []).filter(Boolean);
  if (selectors.length) {
    out.push({
      id: 'custom-selectors',
      label: 'Your selectors',
      description: '',
      example: '',
      defaultEnabled: true,
      selectors,
    });
  }
  if (options.textPatterns?.length) {
    out.push({
      id: 'custom-text',
      label: 'Your text rules',
      description: '',
      example: '',
      defaultEnabled: true,
      blockText: options.textPatterns,
    });
  }
  return out;
}
