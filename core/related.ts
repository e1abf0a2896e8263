// Related links: what the page itself offers as further reading on this story, harvested from the
// clone before clutter filters and Readability throw those blocks away.
import type { RelatedLink } from './types';
import { classString } from './dom/class-tokens';
import { normalizeSpace, shortTextOf, textOf } from './dom/text';
import { httpUrl } from './dom/url';

/** Headings (or labels) that open an editorial further-reading block. */
const RELATED_HEADING =
  /^(?:related(?: (?:stories|articles|posts|content|coverage|news|reading|links|reads|guides|topics|resources))?|more on this (?:story|topic|subject)|read more(?: about this)?|see also|also read|also see|in the same category(?: are)?|you (?:may|might) also (?:like|enjoy|be interested in)|further reading|more like this|keep reading|recommended reading|related to this (?:story|article))[\s:.…!]*$/i;
/** Inline lines such as "READ MORE: <link>". */
const INLINE =
  /^(?:read more|related|see also|also read|read also|more|read next|related article|related story)\s*[:|–—-]/i;
/** Blocks that are site-wide or paid, never about this story. */
const NOT_RELATED =
  /most[- ]?(?:read|popular|viewed|shared)|trending|latest|recent|popular|sponsor|promoted|outbrain|taboola|around the web|paid|partner|advert|newsletter|breaking|top stories|editor'?s picks|from our network/i;
const RELATED_CLASS =
  /related|more-on|moreon|see-also|read-more|readmore|further-reading|internallink|internal-link|embedded-post/;
const NOT_A_STORY =
  /\/(?:tag|tags|topic|topics|category|categories|author|authors|people|profile|section|search|login|signup|subscribe|newsletter)s?(?:\/|$)|[?&](?:share|replytocom)=|#comment|\/feed\/?$/i;
const MAX_LINKS_PER_BLOCK = 40;

export function harvestRelatedLinks(root: Element, pageUrl: string): RelatedLink[] {
  const blocks = new Set<Element>();
  // 1. Blocks opened by a related heading. Found from the text nodes (one pass over the page's text)
  // rather than by reading the text of every element that could be a heading.
  for (const el of relatedHeadings(root)) {
    if (el.children.length > 2 && !/^H[1-6]$/.test(el.tagName)) continue;
    if (el.closest('a')) continue;
    const block = sectionOf(el);
    if (block && !NOT_RELATED.test(textOf(block.firstElementChild) || '') && !inPaidWidget(block)) blocks.add(block);
  }
  // 2. Blocks whose class says related (jp-relatedposts, related-posts), but not most-read and the like.
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const cls = classString(el);
    if (RELATED_CLASS.test(cls) && !NOT_RELATED.test(cls) && el.querySelector('a[href]')) blocks.add(el);
  }
  const links: RelatedLink[] = [];
  const seen = new Set<string>([normalizeUrl(pageUrl)]);
  const add = (a: Element): void => {
    const url = httpUrl(a.getAttribute('href'), pageUrl);
    if (!url || NOT_A_STORY.test(url) || isShare(url)) return;
    const key = normalizeUrl(url);
    const title = linkTitle(a);
    // Topic and section links ("NUTRITION", "Life Kit") are not stories: a headline has words.
    if (!title || title.split(/\s+/).length < 3 || (title === title.toUpperCase() && title.split(/\s+/).length < 5))
      return;
    if (seen.has(key)) {
      // An image link and a headline link to the same story: keep the headline's words.
      const prev = links.find((l) => normalizeUrl(l.url) === key);
      if (prev && prev.title.length < 8 && title.length > prev.title.length) prev.title = title;
      return;
    }
    seen.add(key);
    links.push({ title, url });
  };
  // Walk the document once, in order, taking links inside chosen blocks and inline "Read more:" lines.
  const chosen = outermost([...blocks]).map((el) => ({ el, small: countLinks(el) <= MAX_LINKS_PER_BLOCK }));
  // Many links share a line (a menu, a list in one <div>): read each line's text once.
  const lines = new Map<Element, string | null>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const inBlock = chosen.find((b) => b.el.contains(a));
    if (inBlock) {
      if (inBlock.small) add(a);
      continue;
    }
    const line = a.closest('p, li, div, h3, h4, strong');
    if (!line) continue;
    // "READ MORE: <headline>", or a headline alone in parentheses: "(<headline>.)". Both are short
    // lines: a long one (a wrapper around a whole section) is not read at all.
    let lineText = lines.get(line);
    if (lineText === undefined) lines.set(line, (lineText = shortTextOf(line, 249)));
    if (lineText && (INLINE.test(lineText) || isParenthesisedLink(lineText, textOf(a)))) add(a);
  }
  return links;
}

const HEADING_LIKE = /^(?:H[1-6]|P|SPAN|DIV|STRONG|B)$/;

/** How a related heading starts: a text node starting so may be (part of) one. */
const RELATED_START =
  /^(?:related|more on|read|see|also|in the same|you (?:may|might)|further|more like|keep reading|recommended)\b/i;

/** Elements whose whole text is a related heading: the outermost heading-like element around a
 * text node that starts one ("<h2>Related <strong>Articles</strong></h2>" gives the h2). */
function relatedHeadings(root: Element): Element[] {
  const out: Element[] = [];
  const tried = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const raw = t.nodeValue ?? '';
    if (raw.length > 200) continue;
    const start = normalizeSpace(raw);
    if (!start || start.length > 60 || !RELATED_START.test(start)) continue;
    let el = t.parentElement;
    while (el && el !== root && !isHeadingLike(el)) el = el.parentElement;
    if (!el || el === root || tried.has(el)) continue;
    tried.add(el);
    const text = shortTextOf(el, 60);
    if (!text || !RELATED_HEADING.test(text)) continue;
    for (let up = el.parentElement; up && up !== root && isHeadingLike(up); up = up.parentElement) {
      if (shortTextOf(up, 60) !== text) break;
      el = up;
    }
    out.push(el);
  }
  return out;
}

function isHeadingLike(el: Element): boolean {
  return HEADING_LIKE.test(el.tagName) || el.getAttribute('role') === 'heading';
}

/** Sponsored widgets (Outbrain, Taboola, "Promoted") label themselves in their class names. */
function inPaidWidget(el: Element): boolean {
  for (let a: Element | null = el, i = 0; a && i < 4; a = a.parentElement, i++) {
    if (/outbrain|taboola|sponsor|promoted|advert|partner|paid/.test(classString(a))) return true;
  }
  return false;
}

function isParenthesisedLink(line: string, linkText: string): boolean {
  return (
    linkText.length > 15 &&
    /^\(.*\)$/.test(line) &&
    line.replace(/^\(|[.!?]?\)$/g, '').trim() === linkText.replace(/[.!?]$/, '')
  );
}

function sectionOf(heading: Element): Element | null {
  // Climb while the heading opens its container, until the container holds links:
  // <div><h3>Related</h3><ul>…</ul></div>. Otherwise take the heading's next sibling.
  let section: Element = heading;
  while (section === heading || !section.querySelector('a[href]')) {
    const parent: Element | null = section.parentElement;
    if (!parent || parent.firstElementChild !== section || /^(?:BODY|ARTICLE|MAIN)$/.test(parent.tagName)) break;
    if (countLinks(parent) > MAX_LINKS_PER_BLOCK) break;
    section = parent;
  }
  if (section !== heading && section.querySelector('a[href]')) return section;
  const next = heading.nextElementSibling;
  return next && next.querySelector('a[href]') ? next : null;
}

function countLinks(el: Element): number {
  return el.querySelectorAll('a[href]').length;
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

function linkTitle(a: Element): string {
  const heading = a.querySelector('h1, h2, h3, h4, h5, h6, [class*="title"], [class*="headline"]');
  let text = normalizeSpace((heading ?? a).textContent ?? '');
  if (!text) text = normalizeSpace(a.getAttribute('title') ?? a.querySelector('img')?.getAttribute('alt') ?? '');
  // Drop a trailing date or read time that some widgets put inside the link.
  text = text.replace(
    /\s*(?:[-–—|•·]\s*)?(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}|\d+\s+min(?:ute)?s?\s+read)$/i,
    '',
  );
  return text.length > 200 ? '' : text;
}

function isShare(url: string): boolean {
  return /facebook\.com\/sharer|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|pinterest\.com\/pin|whatsapp|mailto:|reddit\.com\/submit/i.test(
    url,
  );
}

export function normalizeUrl(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    for (const k of [...x.searchParams.keys()]) if (k.startsWith('utm_')) x.searchParams.delete(k);
    return x.toString().replace(/\/$/, '');
  } catch {
    return u;
  }
}
