// Some pages carry UTF-8 text that was decoded as Latin-1 and encoded again ("â€œ" for “). The
// page shows it so too, but a reader should not: repair text nodes where the round trip is clean.
const TELLTALE = /[\u00c2-\u00f4][\u0080-\u00bf]/;
const RUN = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;

export function repairMojibake(root: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let fixed = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (!TELLTALE.test(text.data)) continue;
    const repaired = text.data.replace(RUN, (run) => {
      const bytes = Uint8Array.from(run, (c) => c.charCodeAt(0));
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return run;
      }
    });
    if (repaired !== text.data) {
      text.data = repaired;
      fixed++;
    }
  }
  return fixed;
}
