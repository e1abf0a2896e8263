// The nearest element (itself included) with one of the given tag names: what el.closest('p, li')
// answers, without a selector match at every level (in jsdom that costs more than the walk).

/** `tags` are lower-case local names. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tags.has(e.localName)) return e;
  return null;
}
