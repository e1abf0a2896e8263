// Class and id names as word tokens: "sd-sharing-enabled" -> sd, sharing, enabled; "adSlot" -> ad,
// slot. Filters match whole tokens, so "ad" finds "header-ad" but not "head" or "shadow".

// Keyed by the class-and-id string: a page repeats the same few class names on thousands of elements.
const cache = new Map<string, Set<string>>();
const MAX_CACHED = 20_000;

export function classTokens(el: Element): Set<string> {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let tokens = cache.get(raw);
  if (tokens) return tokens;
  tokens = new Set(
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(raw, tokens);
  return tokens;
}

const lowered = new WeakMap<Element, string>();

/** Class and id, lower-cased, for substring rules. */
export function classString(el: Element): string {
  let s = lowered.get(el);
  if (s === undefined) {
    s = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    lowered.set(el, s);
  }
  return s;
}
