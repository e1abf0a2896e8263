import { describe, expect, it } from 'vitest';
import { elementsByTag, elementsUnder } from '../../core/dom/elements';
import { closestTag } from '../../core/dom/closest-tag';
import { PARAGRAPH_SELECTOR, storyParagraphs } from '../../core/paragraphs';
import { docFrom, seed } from '../helpers/dom';

// The walkers replace selector queries for speed; on a real page they must give what the
// queries give, element for element.
describe('element walks', () => {
  const { doc } = seed();
  const body = doc.body;

  it('elementsUnder is querySelectorAll("*")', () => {
    expect(elementsUnder(body)).toEqual(Array.from(body.querySelectorAll('*')));
  });

  it('elementsByTag is querySelectorAll of the same tag list', () => {
    const tags = PARAGRAPH_SELECTOR.split(', ');
    const walked = elementsByTag(body, new Set(tags));
    expect(walked.length).toBeGreaterThan(10);
    expect(walked).toEqual(Array.from(body.querySelectorAll(PARAGRAPH_SELECTOR)));
  });

  it('closestTag is closest() for a tag list', () => {
    const lines = new Set(['p', 'li', 'div']);
    const links = Array.from(body.querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(3);
    for (const a of links) expect(closestTag(a, lines)).toBe(a.closest('p, li, div'));
  });

  it('a block holding blocks gives its text to the inner ones only', () => {
    const d = docFrom('<ul><li><p>Inner one</p><p>Inner two</p></li><li>Plain item</li></ul><p>Last</p>');
    expect(storyParagraphs(d.body).map((p) => [p.text, p.index])).toEqual([
      ['Inner one', 1],
      ['Inner two', 2],
      ['Plain item', 3],
      ['Last', 4],
    ]);
  });
});
