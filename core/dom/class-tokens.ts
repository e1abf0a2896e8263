// Class and id names as word tokens: "sd-sharing-enabled" -> sd, sharing, enabled; "adSlot" -> ad,
// slot. Filters match whole tokens, so "ad" finds "header-ad" but not "head" or "shadow".

const cache = new WeakMap<Element, Set<string>>();

export function classTokens(el: Element): Set<string> {
  let tokens = cache.get(el);
  if (tokens) return tokens;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  tokens = new Set(
    raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  cache.set(el, tokens);
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

export function hasAnyToken(el: Element, wanted: ReadonlySet<string>): boolean {
  for (const t of classTokens(el)) if (wanted.has(t)) return true;
  return false;
}
