import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';
import { extractArticle } from '../../../core/index';
import { docFrom } from '../../helpers/dom';

const MENU = `<ul class="x9">${['Programs', 'Admissions', 'Research', 'Giving', 'Alumni'].map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul>`;

describe('page-frame filter', () => {
  it('removes the site header, footer, sidebar and link menus around the story', () => {
    const r = runFilter(
      'page-frame',
      `<header><a href="/">Campus home</a></header><div>${MENU}</div>${STORY}<aside>Upcoming events</aside><footer>© 2025 The College</footer>`,
    );
    expect(r.text).not.toMatch(/Campus home|Admissions|Upcoming events|The College/);
    expect(r.text).toContain('The council approved the new budget');
    expect(r.removed?.count).toBeGreaterThanOrEqual(4);
  });

  it('leaves a header that holds the story itself', () => {
    const r = runFilter('page-frame', `<header>${STORY}</header>`);
    expect(r.text).toContain('Members said the plan would protect services');
  });

  it('runs only when the story is read from the page container, not on Readability\u2019s pick', () => {
    // A story in an <article> that Readability finds: its own <footer> line is the story's, and
    // page-frame must not be what removes it.
    const para = (i: number) =>
      `<p>Paragraph ${i} of the report says the river rose two metres overnight and that the town's flood wall, built in 1998, held along its whole length.</p>`;
    const html = `<html><body><article><h1>Flood wall holds</h1>${Array.from({ length: 8 }, (_, i) => para(i)).join('')}<footer>Reporting by Ana Ruiz in Carlisle, with additional reporting from the regional desk.</footer></article></body></html>`;
    const result = extractArticle(docFrom(html), 'https://news.example/flood');
    if (!result.ok) throw new Error(result.message);
    expect(result.article.removed.map((e) => e.filter)).not.toContain('page-frame');
  });
});
