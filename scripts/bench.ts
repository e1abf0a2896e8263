// npm run bench: how fast Verbatim is on this machine, beside plain Readability in the same run.
// Prints a table and writes bench/results.json. Not part of npm test (the figures are the point,
// not a pass/fail); the bundle budgets alone are enforced, by npm run check.
//
//   npm run bench [-- --pages 100 --popup-pages 20 --runs 5 --node-pages 711 --skip browser,popup,node]
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBrowserExtraction, summarizeBrowser } from './bench/browser-extraction';
import { benchPopup, summarizePopup } from './bench/popup-timing';
import { benchNodeCli } from './bench/node-cli';
import { articlePages, htmlPath } from './bench/corpus-pages';
import { round } from './bench/stats';
import { loadBudgets, measureBundles, printBundles } from './bundle-sizes.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '100' },
    'popup-pages': { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    'node-pages': { type: 'string', default: '711' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: path.join(ROOT, 'bench/results.json') },
  },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const runs = Number(values.runs);
const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
  commit: execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim(),
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

console.log('Building the extension (shipped and test builds)…');
execSync('npx wxt build && npx wxt build --mode e2e', { cwd: ROOT, stdio: 'ignore' });

if (!skip.has('browser')) {
  const ids = articlePages(Number(values.pages)).map((p) => p.id);
  console.log(`\nExtraction in Chromium: ${ids.length} corpus article pages, ${runs} interleaved runs each`);
  const rows = await benchBrowserExtraction(ids, runs);
  const s = summarizeBrowser(rows);
  // A failed extraction is fast: timing one would flatter us. Refuse to report such a run.
  const failed = rows.filter((r) => r.outcome === 'unreadable').map((r) => r.id);
  if (failed.length)
    throw new Error(`extraction threw on ${failed.length} pages (${failed.join(', ')}): not timing failures`);
  console.log(
    `outcomes: ${Object.entries(s.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log('                      median        p95');
  console.log(`Verbatim (whole)   ${ms(s.oursMedianMs).padStart(9)} ${ms(s.oursP95Ms).padStart(10)}`);
  console.log(`Readability 0.6    ${ms(s.readabilityMedianMs).padStart(9)} ${ms(s.readabilityP95Ms).padStart(10)}`);
  console.log(
    `Verbatim, 1st run  ${ms(s.oursFirstMedianMs).padStart(9)} ${ms(s.oursFirstP95Ms).padStart(10)}   (the run a click waits for: code and patterns compile)`,
  );
  console.log(
    `ratio per page     ${s.ratioMedian.toFixed(2).padStart(9)} ${s.ratioP95.toFixed(2).padStart(10)}   (target: median <= 1.2, p95 <= 1.5)`,
  );
  const slowest = [...rows].sort((a, b) => b.oursMs - a.oursMs).slice(0, 5);
  console.log(
    `slowest pages (ours / Readability): ${slowest.map((r) => `${r.id} ${r.oursMs.toFixed(0)}/${r.readabilityMs.toFixed(0)} ms`).join(', ')}`,
  );
  results.browserExtraction = { ...s, runs, perPage: rows.map((r) => ({ ...r, ratio: round(r.ratio) })) };
}

if (!skip.has('popup')) {
  const ids = articlePages(Number(values['popup-pages'])).map((p) => p.id);
  console.log(`\nPopup open -> article shown: seed page + ${ids.length} corpus pages, median of 3 runs each`);
  const rows = await benchPopup(ids, 3);
  const s = summarizePopup(rows);
  console.log('                                 seed      median        p95');
  console.log(
    `wall (driver sees it)      ${ms(s.seedMs).padStart(9)} ${ms(s.medianMs).padStart(11)} ${ms(s.p95Ms).padStart(10)}`,
  );
  console.log(
    `in popup (story written)   ${ms(s.seedInPageMs).padStart(9)} ${ms(s.inPageMedianMs).padStart(11)} ${ms(s.inPageP95Ms).padStart(10)}   (target: median < 150 ms)`,
  );
  console.log(
    `  first opening on a page  ${''.padStart(9)} ${ms(s.firstInPageMedianMs).padStart(11)} ${ms(s.firstInPageP95Ms).padStart(10)}`,
  );
  console.log(`article shown on ${s.articlesShown} of ${s.pages} pages`);
  results.popup = { ...s, perPage: rows };
}

if (!skip.has('node')) {
  const files = articlePages(Number(values['node-pages'])).map((p) => htmlPath(p.id));
  console.log(`\nNode CLI over ${files.length} corpus article pages (one process each, wall time)`);
  const s = benchNodeCli(files);
  console.log(
    `Verbatim CLI (npm run extract -- --format json): ${s.oursPagesPerSecond.toFixed(2)} pages/s (${s.oursSeconds.toFixed(1)} s)`,
  );
  console.log(
    `Readability 0.6 + jsdom:                         ${s.readabilityPagesPerSecond.toFixed(2)} pages/s (${s.readabilitySeconds.toFixed(1)} s)`,
  );
  console.log(`ours / Readability: ${s.speedup.toFixed(2)}x (target: >= 1.00x)`);
  results.nodeCli = s;
}

console.log('\nBundle sizes (shipped Chrome build)');
const bundles = measureBundles();
printBundles(bundles, loadBudgets());
results.bundles = bundles.map(({ entry, raw, gzip, onDemand, files, lazy }) => ({
  entry,
  raw,
  gzip,
  onDemandRaw: onDemand.raw,
  files,
  lazy,
}));

const libraryFile = path.join(ROOT, 'bench/library-results.json');
if (fs.existsSync(libraryFile)) {
  const lib = JSON.parse(fs.readFileSync(libraryFile, 'utf8'));
  console.log(`\nLibrary (from npm run bench:library, ${lib.measuredAt}):`);
  for (const r of lib.rows)
    console.log(
      `  ${String(r.articles).padStart(5)} saved: save ${r.saveMs.toFixed(0)} ms, first screen ${r.firstScreenMs.toFixed(0)} ms, search ${r.searchMs.toFixed(0)} ms`,
    );
  results.library = lib;
}

fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: ${values.out}`);
