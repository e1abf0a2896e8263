// DOMPurify, loaded on demand. It is a third of a page's script, and a page's first paint (the
// popup's frame, the library's list) needs none of it: pages start loading it at once, in
// parallel with their other work, and SanitizedHtml waits for it before writing any HTML.
type SanitizeModule = typeof import('../core/sanitize');

let loaded: SanitizeModule | null = null;
let loading: Promise<SanitizeModule> | null = null;

export function loadSanitizer(): Promise<SanitizeModule> {
  loading ??= import('../core/sanitize').then((m) => (loaded = m));
  return loading;
}

/** The sanitizer if it has loaded, else null (call loadSanitizer and wait). */
export function sanitizerIfLoaded(): SanitizeModule | null {
  return loaded;
}
