// Related links: what the page itself offers as further reading on this story, harvested from the
// clone before clutter filters and Readability throw those blocks away.
import type { RelatedLink } from './types';
import { classString } from './dom/class-tokens';
import { normalizeSpace, shortTextOf, textOf } from './dom/text';
import { httpUrl } from './dom/url';
import { closestTag } from './dom/closest-tag';
import { elementsByTag, elementsUnder } from './dom/elements';

/** Headings (or labels) that open an editorial further-reading block. */
const RELATED_HEADING =
  /^(?:related(?: (?:stories|articles|posts|content|coverage|news|reading|links|reads|guides|topics|resources))?|more on this (?:story|topic|subject)|read more(?: about this)?|see also|also read|also see|in the same category(?: are)?|you (?:may|might) also (?:like|enjoy|be interested in)|further reading|more like this|keep reading|recommended reading|related to this (?:story|article))[\s:.…!]*$/i;
/** Lead-in lines before a list of further reading: "For more here, check out:", "Then check out:",
 * "PS: Check out the rest of our beginner content.", "Links:". ("Resources" alone, and "Learn more"
 * without a colon, are site menus.) */
const LEAD_IN =
  /^(?:(?:ps:?\s*)?(?:then |so )?check out(?: the rest of our [\w\s-]{1,30}| these| the following| more)?|(?:for more(?: here| on this| information)?,? )?(?:check out|see|read)|want to learn more\??(?: check out)?|links)\s*[:.!]?$|^learn more\s*:$/i;
/** Inline lines such as "READ MORE: <link>". */
const INLINE =
  /^(?:read more|related|see also|also read|read also|more|read next|related article|related story)\s*[:|–—-]/i;
/** Blocks that are site-wide or paid, never about this story. */
const NOT_RELATED =
  /most[- ]?(?:read|popular|viewed|shared)|trending|latest|recent|popular|sponsor|promoted|outbrain|taboola|around the web|paid|partner|advert|newsletter|breaking|top stories|top of the|editor'?s picks|from our network/i;
/** "More Serious Eats Recipes": the site's name in a "More …" title marks its own recirculation,
 * not further reading on this story ("More Stories", "More Articles" stay). */
function namesSiteMore(title: string): boolean {
  const words = title.split(/\s+/);
  const middle = words.slice(1, -1).filter((w) => !/^from$/i.test(w));
  return (
    words.length >= 3 &&
    /^more$/i.test(words[0]!) &&
    /^(?:recipes|stories|articles|news|posts|videos|guides|reviews)$/i.test(words[words.length - 1]!) &&
    middle.length > 0 &&
    middle.length <= 4 &&
    middle.every((w) => /^\p{Lu}/u.test(w))
  );
}
const RELATED_CLASS =
  /related|more-on|moreon|see-also|read-more|readmore|further-reading|internallink|internal-link|embedded-post/;
const NOT_A_STORY =
  /\/(?:tag|tags|topic|topics|category|categories|author|authors|people|profile|section|search|login|signup|subscribe|newsletter)s?(?:\/|$)|[?&](?:share|replytocom)=|#comment|\/feed\/?$/i;
const MAX_LINKS_PER_BLOCK = 40;
/** The site's own pages, not stories: "Read full disclosure", "Pricing & Plans", "Start Shopping Now". */
const SITE_PAGE =
  /\b(?:disclosures?|guidelines|privacy|terms of|cookies?|pricing|mission|about us|contact us|careers|directory|shop(?:ping)?|sign[- ]?in|log[- ]?in|get started)\b/i;
const SITE_PAGE_WORDS = 5;

export function harvestRelatedLinks(root: Element, pageUrl: string): RelatedLink[] {
  const blocks = new Set<Element>();
  // 1. Blocks opened by a related heading. Found from the text nodes (one pass over the page's text)
  // rather than by reading the text of every element that could be a heading.
  for (const el of relatedHeadings(root)) {
    if (el.children.length > 2 && !/^H[1-6]$/.test(el.tagName)) continue;
    if (closestTag(el, ANCHOR)) continue;
    for (const block of sectionOf(el)) {
      if (!NOT_RELATED.test(textOf(block.firstElementChild) || '') && !inPaidWidget(block)) blocks.add(block);
    }
  }
  // 2. Blocks whose class says related (jp-relatedposts, related-posts), but not most-read and the like.
  for (const el of elementsUnder(root)) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) continue;
    const cls = classString(el);
    if (RELATED_CLASS.test(cls) && !NOT_RELATED.test(cls) && el.querySelector('a[href]') && !siteWideTitle(el)) {
      blocks.add(el);
    }
  }
  const links: RelatedLink[] = [];
  const seen = new Set<string>([normalizeUrl(pageUrl)]);
  const add = (a: Element): void => {
    const url = httpUrl(a.getAttribute('href'), pageUrl);
    if (!url || NOT_A_STORY.test(url) || isShare(url) || isFrontPage(url)) return;
    const key = normalizeUrl(url);
    const title = linkTitle(a);
    // Topic and section links ("NUTRITION", "Life Kit") are not stories: a headline has words.
    if (!title || title.split(/\s+/).length < 3 || (title === title.toUpperCase() && title.split(/\s+/).length < 5))
      return;
    if (title.split(/\s+/).length <= SITE_PAGE_WORDS && SITE_PAGE.test(title)) return;
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
  for (const a of elementsByTag(root, ANCHOR)) {
    if (!a.hasAttribute('href')) continue;
    const inBlock = chosen.find((b) => b.el.contains(a));
    if (inBlock) {
      if (inBlock.small) add(a);
      continue;
    }
    const line = closestTag(a, LINE_TAGS);
    if (!line) continue;
    // "READ MORE: <headline>", or a headline alone in parentheses: "(<headline>.)". Both are short
    // lines: a long one (a wrapper around a whole section) is not read at all.
    let lineText = lines.get(line);
    if (lineText === undefined) lines.set(line, (lineText = shortTextOf(line, 249)));
    if (!lineText) continue;
    const linkText = textOf(a);
    if (INLINE.test(lineText) || isParenthesisedLink(lineText, linkText) || isCallToRead(lineText, linkText)) add(a);
  }
  return links;
}

const ANCHOR = new Set(['a']);
/** The element a link's line is read from. */
const LINE_TAGS = new Set(['p', 'li', 'div', 'h3', 'h4', 'strong']);

const HEADING_LIKE = /^(?:H[1-6]|P|SPAN|DIV|STRONG|B)$/;

/** How a related heading starts: a text node starting so may be (part of) one. */
const RELATED_START =
  /^(?:related|more on|read|see|also|in the same|you (?:may|might)|further|more like|keep reading|recommended|for more|then check|so check|check out|ps\b|want to learn|learn more|links)\b/i;

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
    if (!text || !(RELATED_HEADING.test(text) || LEAD_IN.test(text))) continue;
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

function sectionOf(heading: Element): Element[] {
  // Climb while the heading opens its container, until the container holds links:
  // <div><h3>Related</h3><ul>…</ul></div>. Otherwise take the heading's next sibling.
  let section: Element = heading;
  while (section === heading || !section.querySelector('a[href]')) {
    const parent: Element | null = section.parentElement;
    if (!parent || parent.firstElementChild !== section || /^(?:BODY|ARTICLE|MAIN)$/.test(parent.tagName)) break;
    if (countLinks(parent) > MAX_LINKS_PER_BLOCK) break;
    section = parent;
  }
  if (section !== heading && section.querySelector('a[href]')) return [section];
  // The list follows the heading, or the line the heading opens ("<p><strong>PS: Check out the rest
  // of our content.</strong> I promise…</p><ul>…").
  const next = heading.nextElementSibling ?? (section !== heading ? section.nextElementSibling : null);
  if (!next || !next.querySelector('a[href]')) return [];
  if (!isLinkLine(next)) return [next];
  // <h3>Related resources</h3><p><a>…</a></p><p><a>…</a></p><p>Story text …: a run of lines that
  // are each mostly one link belongs to the heading; the first line that is not ends it.
  const run = [next];
  for (
    let el = next.nextElementSibling;
    el && run.length < MAX_LINKS_PER_BLOCK && isLinkLine(el);
    el = el.nextElementSibling
  ) {
    run.push(el);
  }
  return run;
}

/** A line that is mostly one link: "<p><a>Headline</a></p>", "#1) The guide <a>How to …</a>". */
function isLinkLine(el: Element): boolean {
  if (/^H[1-6]$/.test(el.tagName)) return false;
  const links = el.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const text = shortTextOf(el, 250);
  const linkText = normalizeSpace(links[0]!.textContent ?? '');
  return (
    !!text &&
    !COMMERCE.test(text) &&
    !/^(?:previous|next)\b/i.test(text) &&
    (linkText.length >= 0.5 * text.length || endsWithLink(text, linkText))
  );
}

/** A line selling something is not further reading: "Sign-up for a Machine Learning in Business Course." */
const COMMERCE = /^(?:sign[- ]?up|register|subscribe|buy|shop|enrol|enroll|join|get|download|book)\b/i;

/** "Watch a discussion with two AI experts about <a>machine learning strides</a>." */
function endsWithLink(line: string, linkText: string): boolean {
  const trim = (t: string) => t.replace(/[\s.!?:;,)\]]+$/u, '');
  return linkText.length > 0 && trim(line).endsWith(trim(linkText));
}

/** The page's own call to read on: "Want to learn more? Check out <a>The 12 Best Compound
 * Exercises</a>.", "Discover three creators’ <a>go-to gear and podcast setups</a>." — the line's last
 * sentence opens with the call and ends with the link. */
const CALL_TO_READ = /^(?:check out|discover|read about|read|watch|learn (?:more )?about|take a look at|explore)\b/i;

function isCallToRead(line: string, linkText: string): boolean {
  // A link that is the whole line ("Watch Full Episodes", "Read our mission") is a site button.
  if (line.replace(/[\s.!?>]+$/, '').length <= linkText.replace(/[\s.!?>]+$/, '').length + 3) return false;
  const last = line.split(/(?<=[.?!])\s+/).pop() ?? '';
  return linkText.split(/\s+/).length >= 3 && CALL_TO_READ.test(last) && endsWithLink(last, linkText);
}

/** The title a class-marked block or the small widget around it gives itself (its first heading,
 * or the heading just before it) says it is site-wide: "Latest stories", "More Serious Eats Recipes", "Top of the: day, week". */
function siteWideTitle(block: Element): boolean {
  // One item of a list ("each-related-article") takes its title from the list around it: climb
  // while the container is still a small widget, not the page.
  for (let el: Element | null = block, i = 0; el && i < 6; el = el.parentElement, i++) {
    if (i > 0 && (countLinks(el) > MAX_LINKS_PER_BLOCK || shortTextOf(el, 3000) === null)) break;
    const inside = el.querySelector('h1, h2, h3, h4, h5, h6');
    const before = el.previousElementSibling;
    for (const h of [inside, before && /^H[1-6]$/.test(before.tagName) ? before : null]) {
      const text = h && shortTextOf(h, 80);
      if (text && (NOT_RELATED.test(text) || namesSiteMore(text))) return true;
    }
  }
  return false;
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

/** A site's front page ("http://dfa.ucmerced.edu/") is not a story. */
function isFrontPage(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/(?:index\.\w+)?$/, '') === '';
  } catch {
    return false;
  }
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
