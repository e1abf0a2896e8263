import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('contents filter', () => {
  it('removes a "Table of contents" heading with its list', () => {
    const r = runFilter(
      'contents',
      `<div class="x1"><h2>Table of Contents</h2><ul><li><a href="/guide/why">Why it matters</a></li><li><a href="/guide/how">How it works</a></li></ul></div>${STORY}`,
    );
    expect(r.text).not.toMatch(/Table of Contents|Why it matters|How it works/);
    expect(r.text).toContain('The council approved the new budget');
    expect(r.removed?.count).toBeGreaterThan(0);
  });

  it('removes an unlabelled list of links to the page\u2019s sections, but not a list that links elsewhere', () => {
    const sections = '<h2 id="one">One</h2><h2 id="two">Two</h2><h2 id="three">Three</h2>';
    const toc =
      '<ol><li><a href="#one">Section one</a></li><li><a href="#two">Section two</a></li><li><a href="#three">Section three</a></li></ol>';
    const sources =
      '<ol><li><a href="https://a.example/">Source one</a></li><li><a href="#two">Section two</a></li><li><a href="#three">Section three</a></li></ol>';
    const r = runFilter('contents', `${toc}${STORY}${sections}${sources}`);
    expect(r.text).not.toContain('Section one');
    expect(r.text).toContain('Source one');
  });

  it('keeps a list of links that only look in-page: "#" buttons, or sections the page does not have', () => {
    const buttons =
      '<ul><li><a href="#">Monthly</a></li><li><a href="#">Yearly</a></li><li><a href="#missing">Lifetime</a></li></ul>';
    const r = runFilter('contents', `${STORY}${buttons}`);
    expect(r.text).toContain('Yearly');
  });

  it('takes only the heading and its list when the heading opens a box that also holds the story', () => {
    const r = runFilter(
      'contents',
      `<div><div><strong>Contents</strong></div><ol><li><a href="#a">First part</a></li><li><a href="#b">Second part</a></li></ol><p>${'The opening paragraph of the guide explains what follows and why it matters to readers. '.repeat(2)}</p></div>${STORY}`,
    );
    expect(r.text).not.toMatch(/Contents|First part/);
    expect(r.text).toContain('The opening paragraph of the guide');
  });

  it('keeps footnotes, whose in-page links are only a small part of their text', () => {
    const notes = `<ol>${[1, 2, 3].map((n) => `<li>Annual report of the city treasurer, volume ${n}, page 12. <a href="#ref${n}">↩</a></li>`).join('')}</ol>`;
    const r = runFilter('contents', `${STORY}${notes}`);
    expect(r.text).toContain('Annual report of the city treasurer, volume 2');
  });
});
