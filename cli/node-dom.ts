// A jsdom document for core/ in Node: no scripts run, no resources load, CSS errors stay quiet.
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

export function parseDocument(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

/**
 * Parse a page and give it its address: `url` when given, else the page's own canonical or
 * og:url, else `fallbackUrl`. The address is found from the page's <head> first, so that the page
 * is parsed with it (relative links resolve against it).
 *
 * The page is parsed by DOMParser in an empty window of its own. A document made by DOMParser has
 * no window, so jsdom does not parse its style sheets (we drop styles anyway): that alone was 40% of
 * the CLI's time on the corpus. One window per page, closed by `close()`, because documents parsed
 * by a long-lived window are never freed (a shared one ran out of memory after 300 pages).
 */
export function parsePage(
  html: string,
  fallbackUrl: string,
  url?: string,
): { doc: Document; url: string; window: Window; close(): void } {
  let address = url;
  if (!address) {
    const headEnd = html.search(/<\/head\s*>/i);
    const probe = new JSDOM(headEnd > 0 ? html.slice(0, headEnd) : '', { virtualConsole: quiet });
    address = pageUrlOf(probe.window.document) ?? fallbackUrl;
    probe.window.close();
  }
  const dom = new JSDOM('', { url: address, virtualConsole: quiet });
  const doc = new dom.window.DOMParser().parseFromString(html, 'text/html');
  return { doc, url: address, window: dom.window as unknown as Window, close: () => dom.window.close() };
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
