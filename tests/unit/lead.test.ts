import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/index';
import { docFrom } from '../helpers/dom';

const para = (i: number) =>
  `<p>Paragraph ${i} of the report says the river rose two metres overnight and that the town's flood wall, built in 1998, held along its whole length.</p>`;
const DEK =
  'The town’s flood wall held through the highest river level in forty years, and engineers say it saved more than three hundred homes.';

function page(hero: string): Document {
  return docFrom(`<html><body>
    <div class="banner"><p>Our newsroom is funded by readers like you, and every gift this month is matched by a local foundation.</p></div>
    <div class="hero"><div class="hero__inner"><h1>Flood wall holds</h1>${hero}</div></div>
    <div class="layout"><div class="body">${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div>
    <aside><p>Sidebar: five things to pack in a flood kit, from a torch to copies of your insurance papers and ID.</p></aside></div>
  </body></html>`);
}

describe('lead paragraphs outside Readability’s pick', () => {
  it('puts the dek between the headline and the body at the start of the story', () => {
    const result = extractArticle(page(`<p class="dek">${DEK}</p>`), 'https://news.example/flood');
    if (!result.ok) throw new Error(result.message);
    const text = result.article.textContent;
    expect(text.indexOf('The town’s flood wall held')).toBe(0);
    expect(text).toContain('Paragraph 7 of the report');
    expect(text.match(/The town’s flood wall held/g)).toHaveLength(1);
  });

  it('takes nothing from above the headline or from a sidebar', () => {
    const result = extractArticle(page(''), 'https://news.example/flood');
    if (!result.ok) throw new Error(result.message);
    expect(result.article.textContent).not.toContain('funded by readers');
    expect(result.article.textContent).not.toContain('flood kit');
    expect(result.article.textContent.startsWith('Paragraph 0')).toBe(true);
  });

  it('leaves the live page untouched', () => {
    const doc = page(`<p class="dek">${DEK}</p>`);
    const before = doc.body.innerHTML;
    extractArticle(doc, 'https://news.example/flood');
    expect(doc.body.innerHTML).toBe(before);
  });
});
