// How much of an element's text is link text: menus and tables of contents are mostly links, story
// paragraphs mostly not (Readability's link density).
import { textOf } from './text';

export function linkShare(el: Element): number {
  const text = textOf(el).length;
  if (!text) return 0;
  // getElementsByTagName, not a selector query: in jsdom a query per element adds up.
  const anchors = el.getElementsByTagName('a');
  let linked = 0;
  for (let i = 0; i < anchors.length; i++) linked += textOf(anchors[i]).length;
  return linked / text;
}
