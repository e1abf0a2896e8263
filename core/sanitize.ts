// The one way page HTML leaves core/: through DOMPurify with a story-only allow list. Links keep
// their href only when it is absolute http(s) or mailto, images only http(s) sources, and every
// relative URL is resolved against the page first, so that nothing can later resolve against an
// extension page's own origin.
import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';

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
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

/** Sanitize an element and its subtree where it is (an element of an inert clone, never of a live
 * page): no copy into a fresh document and back, which costs more than the sanitizing itself. */
export function sanitizeInPlace(win: Window, el: Element, pageUrl: string): void {
  baseUrl = pageUrl;
  purifierFor(win).sanitize(el, { ...CONFIG, IN_PLACE: true });
}

/** Sanitize to an HTML string (what is stored and rendered). */
export function sanitizeHtml(win: Window, input: Node | string, pageUrl: string): string {
  baseUrl = pageUrl;
  return purifierFor(win).sanitize(input, { ...CONFIG, RETURN_DOM_FRAGMENT: false }) as string;
}
