// A jsdom document for core/ in Node: no scripts run, no resources load, CSS errors stay quiet.
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

export function parseDocument(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
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
