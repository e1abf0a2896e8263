// The one way page HTML leaves core/: through DOMPurify with a story-only allow list. Links keep
// their href only when it is absolute http(s) or mailto, images only http(s) sources, and every
// relative URL is resolved against the page first, so that nothing can later resolve against an
// extension page's own origin.
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';
import { elementsUnder } from './dom/elements';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'article',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'datetime',
  'lang',
  'dir',
];
/** What DOMPurify drops together with its content when the tag is not allowed (its default
 * FORBID_CONTENTS); any other tag it does not allow, it unwraps, keeping the content. */
const DROPPED_WITH_CONTENT = new Set(
  'annotation-xml audio colgroup desc foreignobject head iframe math mi mn mo ms mtext noembed noframes noscript plaintext script selectedcontent style svg template title video xmp'.split(
    ' ',
  ),
);
const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);
const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_IMAGE = /^https?:/i;

const purifiers = new WeakMap<object, Purifier>();
let baseUrl = 'about:blank';

function purifierFor(win: Window): Purifier {
  let purify = purifiers.get(win);
  if (purify) return purify;
  purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  // DOMPurify hands input back untouched where it thinks the DOM is unfit (it does so under
  // happy-dom, for one). Fail closed instead: no HTML at all is better than unsanitized HTML.
  if (!purify.isSupported) throw new Error('The HTML sanitizer cannot run in this environment.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') fixUrl(el, 'href', SAFE_LINK);
    if (el.tagName === 'IMG') fixUrl(el, 'src', SAFE_IMAGE);
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifiers.set(win, purify);
  return purify;
}

function fixUrl(el: Element, attr: string, allowed: RegExp): void {
  const raw = el.getAttribute(attr);
  if (raw === null) return;
  let abs: string | null = null;
  try {
    abs = new URL(raw.trim(), baseUrl).href;
  } catch {
    abs = null;
  }
  if (abs && allowed.test(abs)) el.setAttribute(attr, abs);
  else el.removeAttribute(attr);
}

const CONFIG = {
  // DOMPurify walks from the <body> it parsed the input into. Were body not allowed, it would
  // remove it on every call (copying all its content on the way), and that removal would make
  // every sanitizeToBody run its extra passes. A <body> tag inside the input never makes a second
  // body element: the parser merges it into the one that exists.
  ALLOWED_TAGS: [...ALLOWED_TAGS, 'body'],
  ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

/** Sanitize HTML into a <body> element of DOMPurify's own inert document. The input is a string on
 * purpose: a tree built by DOM calls (Readability turns <div>s into <p>s, so a <p> can end up inside
 * a <p>) would serialize to HTML that parses back into a different tree; parsing first means what
 * we store is exactly what every later reader, and every later sanitizing, will see. */
export function sanitizeToBody(win: Window, html: string, pageUrl: string): Element {
  baseUrl = pageUrl;
  const purify = purifierFor(win);
  const run = (input: string) => purify.sanitize(input, { ...CONFIG, RETURN_DOM: true }) as Element;
  let body = run(html);
  // Removing an element keeps its content in its place, which can leave a tree the parser would
  // never build (an <a> inside an <a> once the <object> between them is gone), and that parses
  // back differently. So while a pass removed elements, sanitize its serialization again; a pass
  // that removed nothing is a parsed tree, stable from then on.
  for (let pass = 0; pass < 3 && purify.removed.some((r) => 'element' in r); pass++) body = run(body.innerHTML);
  return body;
}

/**
 * Does to a tree we own, before it is serialized for sanitizeToBody, the removals DOMPurify would
 * do: unwraps tags it does not allow, drops those it drops with their content, drops comments.
 * Then DOMPurify usually removes no element, so its output needs no second pass (each pass costs
 * a parse and a full walk: most of the time extraction spent sanitizing). Only speed depends on
 * this matching DOMPurify: it still sanitizes everything, and passes again whenever it removed
 * an element.
 */
export function pruneForSanitizer(root: Element): void {
  const doc = root.ownerDocument;
  const comments = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const c of dead) c.parentNode?.removeChild(c);
  // Deepest first, so an unwrapped element's children are already done when they move up.
  const all = elementsUnder(root);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const tag = el.localName;
    if (ALLOWED_TAG_SET.has(tag) && el.namespaceURI === 'http://www.w3.org/1999/xhtml') continue;
    if (DROPPED_WITH_CONTENT.has(tag)) el.remove();
    else el.replaceWith(...Array.from(el.childNodes));
  }
}

/** Sanitize to an HTML string (what is stored and rendered). */
export function sanitizeHtml(win: Window, input: Node | string, pageUrl: string): string {
  baseUrl = pageUrl;
  return purifierFor(win).sanitize(input, { ...CONFIG, RETURN_DOM_FRAGMENT: false }) as string;
}
