// Promotions for the publisher's other sites and products. These are often plain paragraphs in the
// body that run over several blocks ("visit our sister site for the" / a link / "in a clear…"), so a
// promo that stops mid-sentence takes the blocks that finish its sentence with it.
import type { ClutterFilter, FilterContext } from './types';
import { textOf } from '../dom/text';

const PROMO = [
  /\bvisit (?:our|the) (?:sister|partner|other|new|art|sports?|shop|store|podcast|website|site)\b/i,
  /\bour (?:sister|partner) (?:site|website|publication|title|paper)\b/i,
  /^(?:check out|try|download|get) our (?:app|podcast|shop|store|e-?book)\b/i,
  /^(?:listen to|subscribe to) (?:our|the) .{0,30}podcast\b/i,
  /^(?:if you (?:are|like|love|enjoy)|interested in)\b.{0,120}\bvisit our\b/i,
  /^need something to share\b/i,
];

const SENTENCE_END = /[.!?…]["”’)\]]*$|:$/;
const MAX_FOLLOW = 3;

export const promos: ClutterFilter = {
  id: 'promos',
  label: 'Promotions for other sites',
  description: '"Visit our sister site", app and podcast plugs, and other promotions that are not the story.',
  example: 'Need something to share, visit our sister site for the…',
  defaultEnabled: true,
  tokens: ['promo', 'promotion', 'crosspromo', 'house-ad'],
  clean(root, ctx) {
    const blocks = ctx.leaves.map((l) => l.el);
    for (let i = 0; i < blocks.length; i++) {
      const { el, text } = ctx.leaves[i]!;
      if (!text || text.length > 400 || !PROMO.some((re) => re.test(text)) || !root.contains(el)) continue;
      let last = text;
      ctx.remove(el);
      for (let k = 1; k <= MAX_FOLLOW && !SENTENCE_END.test(last) && i + k < blocks.length; k++) {
        const next = blocks[i + k]!;
        last = textOf(next);
        if (last.length > 200) break;
        removeIfPresent(root, next, ctx);
      }
    }
  },
};

function removeIfPresent(root: Element, el: Element, ctx: FilterContext): void {
  if (root.contains(el)) ctx.remove(el);
}
