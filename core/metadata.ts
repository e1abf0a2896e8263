// Page metadata Readability does not give: the lead image.
import { httpUrl } from './dom/url';

export function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

export function leadImage(doc: Document, pageUrl: string): string | null {
  return httpUrl(metaContent(doc, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']), pageUrl);
}
