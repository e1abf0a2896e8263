// A saved article's id: a stable hash of its normalized URL, so saving the same page again updates
// the same entry instead of adding a second one.
export function normalizePageUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid$|gclid$|mc_)/.test(k)) u.searchParams.delete(k);
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** FNV-1a over the normalized URL, 2 x 32 bits, as 16 hex digits. */
export function articleId(url: string): string {
  const s = normalizePageUrl(url);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
