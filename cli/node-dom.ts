// A jsdom document for core/ in Node: no scripts run, no resources load, CSS errors stay quiet.
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

export function parseDocument(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

// One window for every page the CLI reads, whose DOMParser makes each page's document. A document
// made by DOMParser has no window of its own, so jsdom does not parse its style sheets (we drop
// styles anyway): that alone was 40% of the CLI's time on the corpus.
const shared = new JSDOM('', { url: 'http://localhost/', virtualConsole: quiet });
const parser = new shared.window.DOMParser();

/**
 * Parse a page and give it its address: `url` when given, else the page's own canonical or
 * og:url, else `fallbackUrl`. The address is found from the page's <head> first, so that the page
 * is parsed with it (relative links resolve against it).
 */
export function parsePage(
  html: string,
  fallbackUrl: string,
  url?: string,
): { doc: Document; url: string; window: Window } {
  let address = url;
  if (!address) {
    const headEnd = html.search(/<\/head\s*>/i);
    const probe = parser.parseFromString(headEnd > 0 ? html.slice(0, headEnd) : html, 'text/html');
    address = pageUrlOf(probe) ?? fallbackUrl;
  }
  shared.reconfigure({ url: address });
  const window = shared.window as unknown as Window;
  return { doc: parser.parseFromString(html, 'text/html'), url: address, window };
}

/** The page's own idea of its address: canonical link, then og:url. */
export function pageUrlOf(doc: Document): string | null {
  const raw =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
