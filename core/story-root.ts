// The element that holds most of the story's paragraph text. Filters never remove it or its
// ancestors, which keeps a class name like "share-enabled" on an article wrapper from costing the
// whole story.
import { textOf } from './dom/text';
import { elementsByTag } from './dom/elements';

const P = new Set(['p']);

export function findStoryRoot(root: Element): Element {
  const scores = new Map<Element, number>();
  for (const p of elementsByTag(root, P)) {
    const len = textOf(p).length;
    if (len < 40) continue;
    const anchors = p.getElementsByTagName('a');
    let linkText = 0;
    for (let i = 0; i < anchors.length; i++) linkText += textOf(anchors[i]).length;
    if (linkText > len / 2) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best = root;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
