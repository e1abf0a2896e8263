// The story's opening paragraphs that Readability's pick leaves out: a dek in the page's hero, an
// intro box above the article body. They sit between the headline and the story's first paragraph,
// so that is where they are looked for, in the page as it was (read only) and within the few
// ancestors they share with that paragraph. On 176 of the 711 corpus articles the text started
// after the ground truth's first paragraphs (a few of those only differ in quote marks); this finds
// 13 more of the `with` snippets there.
import { elementsByTag } from './dom/elements';
import { linkShare } from './dom/link-share';
import { textOf } from './dom/text';
import { closestTag } from './dom/closest-tag';

const P = new Set(['p']);
const HEADLINE = new Set(['h1']);
/** Lead paragraphs are real paragraphs, not bylines or labels. */
const MIN_CHARS = 80;
const MAX_LEAD = 4;
/** How many levels above the story's first paragraph the lead may sit. */
const MAX_LEVELS = 4;
const NOT_LEAD = new Set(['nav', 'footer', 'aside', 'form', 'figcaption', 'figure', 'button', 'blockquote', 'li']);

/** Copies of the lead paragraphs (for `into`'s document), in page order; none when there are none. */
export function leadParagraphs(page: Element, picked: Element, into: Document): Element[] {
  const first = elementsByTag(picked, P)
    .map(textOf)
    .find((t) => t.length >= MIN_CHARS);
  if (!first) return [];
  const paragraphs = elementsByTag(page, P);
  const at = paragraphs.findIndex((p) => textOf(p) === first);
  if (at <= 0) return [];
  const anchor = paragraphs[at]!;
  let scope: Element = anchor;
  for (let i = 0; i < MAX_LEVELS && scope.parentElement && scope !== page; i++) scope = scope.parentElement;
  const headline = lastHeadlineBefore(scope, anchor);
  const pickedText = textOf(picked);
  const lead: Element[] = [];
  for (let i = at - 1; i >= 0 && lead.length < MAX_LEAD; i--) {
    const p = paragraphs[i]!;
    if (!scope.contains(p) || (headline && !follows(p, headline))) break;
    const text = textOf(p);
    if (pickedText.includes(text)) break;
    if (text.length < MIN_CHARS || linkShare(p) >= 0.5 || insideNotLead(p, scope)) continue;
    lead.unshift(p);
  }
  return lead.map((p) => into.importNode(p, true) as Element);
}

function lastHeadlineBefore(scope: Element, anchor: Element): Element | null {
  let last: Element | null = null;
  for (const h of elementsByTag(scope, HEADLINE)) if (follows(anchor, h)) last = h;
  return last;
}

/** Whether `a` comes after `b` in the document. */
function follows(a: Node, b: Node): boolean {
  return (b.compareDocumentPosition(a) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}

function insideNotLead(p: Element, scope: Element): boolean {
  const hit = closestTag(p, NOT_LEAD);
  return hit !== null && scope.contains(hit);
}
