// Bundle sizes of the built extension (raw and gzip), per entry: the content script, and each page
// with every chunk it loads before its first paint (its script, modulepreloads and their static
// imports). Chunks a page loads later with import() (DOMPurify, turndown) are listed apart.
//
//   node scripts/bundle-sizes.mjs [--dir .output/chrome-mv3] [--check] [--json]
//
// --check fails (exit 1) when an entry is over its budget in bench/budgets.json. Sizes are
// deterministic for a given source, so `npm run check` runs this after a build.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = ['popup', 'reader', 'library', 'options'];

function sizeOf(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = fs.readFileSync(path.join(dir, f));
    raw += buf.length;
    gzip += zlib.gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Files a JS chunk imports statically (`from"./x.js"`, `import"./x.js"`) or with import(). */
function importsOf(dir, file) {
  const code = fs.readFileSync(path.join(dir, file), 'utf8');
  const rel = (m) => path.posix.join(path.posix.dirname(file), m);
  const statics = [...code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => rel(m[1]));
  const dynamics = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => rel(m[1]));
  return { statics, dynamics };
}

function pageGraph(dir, page) {
  const html = fs.readFileSync(path.join(dir, `${page}.html`), 'utf8');
  const roots = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  const eager = new Set();
  const lazy = new Set();
  const queue = [...roots];
  while (queue.length) {
    const f = queue.shift();
    if (eager.has(f)) continue;
    eager.add(f);
    const { statics, dynamics } = importsOf(dir, f);
    queue.push(...statics);
    dynamics.forEach((d) => lazy.add(d));
  }
  // A lazy chunk's own static imports load with it.
  const lazyAll = new Set();
  const lq = [...lazy].filter((f) => !eager.has(f));
  while (lq.length) {
    const f = lq.shift();
    if (eager.has(f) || lazyAll.has(f)) continue;
    lazyAll.add(f);
    lq.push(...importsOf(dir, f).statics);
  }
  return { eager: [...eager], lazy: [...lazyAll] };
}

export function measureBundles(dir = path.join(ROOT, '.output/chrome-mv3')) {
  const rows = [{ entry: 'content script', files: ['content-scripts/extract.js'], lazy: [] }];
  rows.push({ entry: 'background', files: ['background.js'], lazy: [] });
  for (const page of PAGES) {
    const { eager, lazy } = pageGraph(dir, page);
    rows.push({ entry: page, files: eager, lazy });
  }
  return rows.map((r) => ({ ...r, ...sizeOf(dir, r.files), onDemand: sizeOf(dir, r.lazy) }));
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

export function printBundles(rows, budgets = {}) {
  console.log('entry            minified      gzip   budget   loaded later (import())');
  for (const r of rows) {
    const budget = budgets[r.entry];
    console.log(
      `${r.entry.padEnd(16)} ${kB(r.raw).padStart(9)} ${kB(r.gzip).padStart(9)} ${(budget ? kB(budget) : '-').padStart(8)}   ${
        r.lazy.length ? `${kB(r.onDemand.raw)} (${r.lazy.map((f) => path.basename(f)).join(', ')})` : '-'
      }`,
    );
  }
}

export function loadBudgets() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'bench/budgets.json'), 'utf8')).minifiedBytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dirArg = args.indexOf('--dir');
  const dir = dirArg >= 0 ? path.resolve(args[dirArg + 1]) : path.join(ROOT, '.output/chrome-mv3');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`No build at ${dir}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const rows = measureBundles(dir);
  const budgets = loadBudgets();
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else printBundles(rows, budgets);
  if (args.includes('--check')) {
    const over = rows.filter((r) => budgets[r.entry] !== undefined && r.raw > budgets[r.entry]);
    for (const r of over) console.error(`over budget: ${r.entry} is ${kB(r.raw)}, budget ${kB(budgets[r.entry])}`);
    if (over.length) process.exit(1);
    console.log(`bundle budgets: ${Object.keys(budgets).length} entries within budget`);
  }
}
