// One shard of the eval: extracts every Nth corpus page with Verbatim and with plain Readability,
// writing {id, ours, plain, ms...} lines to a file. scripts/eval.ts runs two of these side by side.
import fs from 'node:fs';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../core/index';
import { readInput } from '../cli/read-input';
import { parseDocument } from '../cli/node-dom';
import { corpusPath, type CorpusPage } from './corpus';

const [pagesFile, shard, shards, outFile] = process.argv.slice(2);
const pages = JSON.parse(fs.readFileSync(pagesFile!, 'utf8')) as CorpusPage[];
const out = fs.openSync(outFile!, 'w');

for (let i = Number(shard); i < pages.length; i += Number(shards)) {
  const page = pages[i]!;
  // A few corpus pages have no URL in their ground truth; give jsdom a harmless one.
  if (!/^https?:\/\//.test(page.url)) page.url = `https://wcxb.invalid/${page.id}`;
  const html = await readInput(corpusPath(`html/${page.id}.html.gz`));
  let t = performance.now();
  const result = extractArticle(parseDocument(html, page.url), page.url);
  const oursMs = performance.now() - t;
  t = performance.now();
  let plain = '';
  try {
    plain = new Readability(parseDocument(html, page.url)).parse()?.textContent ?? '';
  } catch {
    plain = '';
  }
  const plainMs = performance.now() - t;
  const row = {
    id: page.id,
    ours: result.ok ? result.article.textContent : '',
    noArticle: !result.ok,
    reason: result.ok ? null : result.reason,
    plain,
    quotes: result.ok ? result.article.quotes.map((q) => ({ text: q.text, speaker: q.speaker })) : [],
    relatedLinks: result.ok ? result.article.relatedLinks : [],
    oursMs,
    plainMs,
  };
  fs.writeSync(out, `${JSON.stringify(row)}\n`);
}
fs.closeSync(out);
