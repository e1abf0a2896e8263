// Page metadata Readability does not give: the lead image and a canonical URL.
export function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

export function leadImage(doc: Document, pageUrl: string): string | null {
  const raw = metaContent(doc, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']);
  if (!raw) return null;
  try {
    const url = new URL(raw, pageUrl);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
