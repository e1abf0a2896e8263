// Photo agency credits and "Image caption" labels. The caption itself is worth keeping, so inside
// captions only the credit and the label go; a block that is nothing but a credit goes whole.
import type { ClutterFilter, FilterContext } from './types';
import { normalizeSpace, shortTextOf, textOf } from '../dom/text';
import { inDocumentOrder } from '../dom/order';

const AGENCIES =
  '(?:Getty(?: Images)?|AFP|Reuters|AP|PA(?: Media| Wire)?|EPA(?:-EFE)?|Shutterstock|Alamy|Bloomberg|Xinhua|Anadolu|ANP|dpa|Rex(?: Features)?|Press Association|iStock(?:photo)?|Corbis|BBC|Supplied|Handout)';

/** Credit phrases, each matched anywhere in a caption's text, with a character or word each
 * match must contain: a cheap test that spares the pattern most text nodes (the agency pattern
 * tries 60 characters back from every position, and caption-classed wrappers can be large). */
const CREDIT_PATTERNS: { re: RegExp; needs: RegExp }[] = [
  { re: /\(\s*(?:photo|image|picture|pic|video|illustration)s?\s*(?:by|:)[^)]*\)/gi, needs: /\(/ },
  {
    re: /(?:image|photo|picture|video)\s+(?:copyright|source|credit)\s*:?\s*[^.]*?(?=\s*(?:image|photo|picture|video)\s+caption\b|$)/gi,
    needs: /copyright|source|credit/i,
  },
  {
    re: /(?:photo(?:graph)?|picture|pic|image|credit|illustration)s?\s*:\s*[^.]{0,80}?\/\s*[^.]{0,60}$/gi,
    needs: /\//,
  },
  { re: /\b(?:credit|photo|picture|image|pic)s?\s*:\s*[^.]{0,80}$/gi, needs: /:/ },
  { re: new RegExp(`(?:©|\\(c\\)|copyright)\\s*[^.]{0,60}$`, 'gi'), needs: /©|\(c\)|copyright/i },
  { re: new RegExp(`[^.]{0,60}?\\s*/\\s*${AGENCIES}(?: via ${AGENCIES})?\\s*$`, 'g'), needs: /\// },
];

const CAPTION_LABEL = /^\s*(?:image|photo|picture|video|media)\s+caption\s*:?\s*/i;

/** A block that is (at most a few words of alt text plus) a credit. */
const CREDIT_ONLY: RegExp[] = [
  /^.{0,60}?(?:image|photo|picture|video)\s+(?:copyright|source|credit)\b.{0,60}$/i,
  /^\(?\s*(?:photo|image|picture|pic|video|illustration)s?\s*(?:by|:)\s*.{0,80}$/i,
  /^(?:credit|source)\s*:\s*.{0,60}$/i,
  /^(?:©|copyright)\s*.{0,60}$/i,
  new RegExp(`^[^.]{0,60}/\\s*${AGENCIES}(?: via ${AGENCIES})?$`),
];

const CAPTION_CLASS = /caption|credit|copyright/;

export const imageCredits: ClutterFilter = {
  id: 'image-credits',
  label: 'Image credits',
  description: 'Photo agency credits and "Image caption" labels; the caption text itself stays.',
  example: 'Image copyright PA · Photo: Jane Doe / Getty Images · Credit: Reuters',
  defaultEnabled: true,
  clean(root, ctx) {
    // Captions first, so a caption with a credit in it loses the credit, not the caption.
    for (const el of captions(root, ctx)) {
      if (!root.contains(el)) continue;
      cleanCaption(el, ctx);
    }
    for (const { el, text } of ctx.leaves) {
      if (isCreditOnly(text) && root.contains(el) && isCreditOnly(textOf(el))) ctx.remove(el);
    }
  },
};

/** Figcaptions and elements whose class says caption, credit or copyright, in document order. (A
 * class-substring selector does the same but is slow in jsdom; the scan already has the classes.) */
function captions(root: Element, ctx: FilterContext): Element[] {
  const found = new Set<Element>(Array.from(root.querySelectorAll('figcaption')));
  for (const el of ctx.marked) if (CAPTION_CLASS.test((el.getAttribute('class') ?? '').toLowerCase())) found.add(el);
  return inDocumentOrder(found);
}

function cleanCaption(caption: Element, ctx: FilterContext): void {
  // Child elements that are only a credit go whole (<span class="credit">Image copyright AFP</span>).
  // (Only short children can be a credit: their text is read without reading a large subtree's.)
  for (const child of Array.from(caption.querySelectorAll('*'))) {
    const t = shortTextOf(child, CREDIT_MAX);
    if (t && isCreditOnly(t)) ctx.remove(child);
  }
  // Then labels and credits inside text nodes.
  const doc = caption.ownerDocument;
  const walker = doc.createTreeWalker(caption, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const node of texts) {
    const before = node.data;
    let after = before.replace(CAPTION_LABEL, '');
    for (const { re, needs } of CREDIT_PATTERNS) if (needs.test(after)) after = after.replace(re, '');
    if (after !== before) {
      const gone = normalizeSpace(before.replace(after.trim(), ''));
      if (gone) ctx.note(gone);
      node.data = after.trim() ? after : '';
    }
  }
  // A caption left empty (or only a line break) goes too.
  if (!textOf(caption) && !caption.querySelector('img, picture, video')) ctx.remove(caption);
}

const CREDIT_MAX = 160;

function isCreditOnly(text: string): boolean {
  return (
    Boolean(text) && text.length <= CREDIT_MAX && !/\bcaption\b/i.test(text) && CREDIT_ONLY.some((re) => re.test(text))
  );
}
