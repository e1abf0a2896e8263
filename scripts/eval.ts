// npm run eval: Verbatim against plain Readability 0.6 on the WCXB dev corpus, scored by the
// reference scorer itself (../shared/tools/score.mjs), plus the seed fixture. Exits 1 when a
// target is missed. Options: --limit N (first N article pages), --type TYPE (default article).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus, SHARED } from './corpus';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    worst: { type: 'string', default: '15' },
    jobs: { type: 'string' },
    'articles-only': { type: 'boolean' },
    'quotes-only': { type: 'boolean' },
  },
});
const scorer = (await import(path.join(SHARED, 'tools/score.mjs'))) as {
  score(truth: Record<string, unknown>, preds: Map<string, string>, o: { type?: string }): ScoreResult;
};
const quoteScorer = (await import(path.join(SHARED, 'tools/quotes-score.mjs'))) as {
  scoreQuotes(
    labels: Record<string, unknown>,
    preds: Map<string, unknown>,
  ): {
    quotes: {
      gold: number;
      predicted: number;
      precision: number;
      recall: number;
      speakerExact: number;
      speakerLoose: number;
    };
    related: { gold: number; predicted: number; precision: number; recall: number };
    worst: { id: string; gold: number; found: number; pred: number; predOk: number; links: string }[];
  };
};
interface ScoreResult {
  pages: number;
  wcxb: { f1: number; precision: number; recall: number };
  zyte: { f1: number };
  boilerplateLeak: number | null;
  contentKept: number | null;
}

const TARGET = { f1: 0.96, leak: 0.02, kept: 0.95 };
const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const f3 = (x: number) => x.toFixed(3);

const all = loadCorpus();
const limit = values.limit ? Number(values.limit) : Infinity;
const labels = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures/labels/wcxb-dev.json'), 'utf8')) as Record<
  string,
  unknown
>;
const quotesOnly = Boolean(values['quotes-only']);
const pages = all.filter((p) => p.type === 'article' && (!quotesOnly || p.id in labels)).slice(0, limit);
const others = values['articles-only'] || quotesOnly ? [] : all.filter((p) => p.type !== 'article').slice(0, limit);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-eval-'));
const jobs = Number(values.jobs ?? Math.max(1, Math.min(os.cpus().length, 4)));

async function run(list: typeof pages, name: string): Promise<Row[]> {
  const listFile = path.join(tmp, `${name}.json`);
  fs.writeFileSync(listFile, JSON.stringify(list));
  const outs = Array.from({ length: jobs }, (_, i) => path.join(tmp, `${name}-${i}.ndjson`));
  await Promise.all(
    outs.map(
      (out, i) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [
              '--import',
              'tsx',
              path.join(import.meta.dirname, 'eval-worker.ts'),
              listFile,
              String(i),
              String(jobs),
              out,
            ],
            {
              stdio: 'inherit',
            },
          );
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`eval worker ${i} exited ${code}`))));
        }),
    ),
  );
  return outs.flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row),
  );
}
interface Row {
  id: string;
  quotes: { text: string; speaker: string | null }[];
  relatedLinks: { title: string; url: string }[];
  ours: string;
  plain: string;
  noArticle: boolean;
  reason: string | null;
  oursMs: number;
  plainMs: number;
}

const started = performance.now();
const rows = await run(pages, 'article');
const quotesPass = reportQuotes(rows);
if (quotesOnly) {
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(quotesPass ? 0 : 1);
}
const truth = Object.fromEntries(
  pages.map((p) => [p.id, { text: p.text, type: p.type, with: p.with, without: p.without }]),
);
const ours = scorer.score(truth, new Map(rows.map((r) => [r.id, r.ours])), { type: 'article' });
const plain = scorer.score(truth, new Map(rows.map((r) => [r.id, r.plain])), { type: 'article' });

console.log(`\nArticle pages: ${ours.pages} (WCXB dev), scored by ../shared/tools/score.mjs`);
console.log('                      word F1   precision  recall   shingle F1  leak (without)  kept (with)');
for (const [name, s] of [
  ['Verbatim', ours],
  ['Readability 0.6', plain],
] as const) {
  console.log(
    `${name.padEnd(20)}  ${f3(s.wcxb.f1).padStart(7)}   ${f3(s.wcxb.precision).padStart(9)}  ${f3(s.wcxb.recall).padStart(6)}   ${f3(s.zyte.f1).padStart(10)}  ${pct(s.boilerplateLeak).padStart(14)}  ${pct(s.contentKept).padStart(11)}`,
  );
}
const noArticle = rows.filter((r) => r.noArticle);
console.log(
  `no article found on ${noArticle.length} article pages: ${noArticle.map((r) => `${r.id}(${r.reason})`).join(' ')}`,
);

// Worst pages, so misses are easy to find.
const perPage = rows
  .map((r) => {
    const s = scorer.score({ [r.id]: truth[r.id] }, new Map([[r.id, r.ours]]), {});
    const p = scorer.score({ [r.id]: truth[r.id] }, new Map([[r.id, r.plain]]), {});
    return { id: r.id, f1: s.wcxb.f1, p: s.wcxb.precision, r: s.wcxb.recall, plainF1: p.wcxb.f1 };
  })
  .sort((a, b) => a.f1 - b.f1);
console.log(`\nWorst ${values.worst} pages (ours F1 / precision / recall, Readability F1):`);
for (const w of perPage.slice(0, Number(values.worst))) {
  const url = pages.find((p) => p.id === w.id)?.url ?? '';
  console.log(`  ${w.id}  ${f3(w.f1)}  p=${f3(w.p)} r=${f3(w.r)}  readability=${f3(w.plainF1)}  ${url.slice(0, 70)}`);
}

// Non-article pages: no crash, and how many got a "no article" answer.
const otherRows = await run(others, 'other');
const byType = new Map<string, { n: number; none: number }>();
for (const r of otherRows) {
  const t = others.find((p) => p.id === r.id)!.type;
  const e = byType.get(t) ?? { n: 0, none: 0 };
  e.n++;
  if (r.noArticle) e.none++;
  byType.set(t, e);
}
console.log(`\nNon-article pages: ${otherRows.length} of ${others.length} processed without a crash`);
for (const [t, e] of byType) console.log(`  ${t.padEnd(14)} ${e.n} pages, "no article" on ${e.none}`);

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `\nNode time per article page (jsdom parse included): ours median ${median(rows.map((r) => r.oursMs)).toFixed(0)} ms, Readability median ${median(rows.map((r) => r.plainMs)).toFixed(0)} ms; eval took ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

const pass =
  quotesPass &&
  ours.wcxb.f1 >= TARGET.f1 &&
  (ours.boilerplateLeak ?? 0) < TARGET.leak &&
  (ours.contentKept ?? 1) >= TARGET.kept &&
  otherRows.length === others.length;
console.log(
  `\nTargets: F1 >= ${TARGET.f1}, leak < ${pct(TARGET.leak)}, kept >= ${pct(TARGET.kept)}: ${pass ? 'MET' : 'NOT MET'}`,
);
fs.rmSync(tmp, { recursive: true, force: true });
process.exitCode = pass ? 0 : 1;

/** Quotes and related links on the labelled pages, by the reference scorer (LABELS.md). */
function reportQuotes(rows: Row[]): boolean {
  const labelled = rows.filter((r) => r.id in labels);
  if (!labelled.length) return true;
  const subset = Object.fromEntries(labelled.map((r) => [r.id, labels[r.id]]));
  const s = quoteScorer.scoreQuotes(subset, new Map(labelled.map((r) => [r.id, r])));
  const q = s.quotes;
  const l = s.related;
  console.log(`\nQuotes and related links on ${labelled.length} labelled pages (../shared/tools/quotes-score.mjs):`);
  console.log(
    `  quotes: ${q.gold} labelled, ${q.predicted} predicted; recall ${f3(q.recall)}, precision ${f3(q.precision)}, speaker exact ${f3(q.speakerExact)}, loose ${f3(q.speakerLoose)}`,
  );
  console.log(
    `  related links: ${l.gold} labelled, ${l.predicted} predicted; precision ${f3(l.precision)}, recall ${f3(l.recall)}`,
  );
  console.log('  worst pages (quotes found/labelled, predicted ok/predicted, links hit/labelled):');
  for (const w of s.worst)
    console.log(`    ${w.id}  quotes ${w.found}/${w.gold}  predicted ${w.predOk}/${w.pred}  links ${w.links}`);
  const pass =
    q.recall >= 0.95 && q.precision >= 0.95 && q.speakerExact >= 0.9 && l.precision >= 0.9 && l.recall >= 0.9;
  console.log(
    `  targets (quote recall and precision >= 0.95, speakers >= 0.90, links >= 0.90): ${pass ? 'MET' : 'NOT MET'}`,
  );
  return pass;
}
