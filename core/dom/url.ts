// A possibly relative address as an absolute http(s) URL, or null for anything else
// (javascript:, data:, mailto:, garbage).
export function httpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
