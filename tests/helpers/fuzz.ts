// Deterministic page mutation for the fuzz tests: corpus pages, changed by a seeded generator in
// ways real pages go wrong (cut off, unclosed tags, stray bytes, deep nesting, mangled encodings)
// and ways attackers try (payloads spliced anywhere).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parsePage } from '../../cli/node-dom';
import { PAYLOADS } from '../fixtures/xss-payloads';
import { SHARED } from './dom';

const CORPUS = path.join(SHARED, 'corpus/wcxb-dev');

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CANARY = { id: 'fuzz', url: 'https://canary.invalid/x?', js: "alert('fuzz')" };
const GARBAGE = [
  '\u0000',
  '\ufffd',
  '\ud800',
  '\u202e',
  '\u200b',
  'Ã©â€™',
  '<',
  '>',
  '&',
  '"',
  "'",
  '“',
  '”',
  '«',
  '»',
  '\r\n',
];

type Mutation = (html: string, r: () => number) => string;
const at = (html: string, r: () => number) => Math.floor(r() * (html.length + 1));

const MUTATIONS: Mutation[] = [
  // A payload spliced in anywhere, even inside a tag or an attribute.
  (h, r) => {
    const i = at(h, r);
    return h.slice(0, i) + PAYLOADS[Math.floor(r() * PAYLOADS.length)]!.html(CANARY) + h.slice(i);
  },
  // A chunk cut out.
  (h, r) => {
    const i = at(h, r);
    return h.slice(0, i) + h.slice(i + Math.floor(r() * 4000));
  },
  // A chunk repeated.
  (h, r) => {
    const i = at(h, r);
    const chunk = h.slice(i, i + Math.floor(r() * 3000));
    return h.slice(0, i) + chunk + chunk + h.slice(i);
  },
  // Every closing tag of one kind gone.
  (h, r) => h.split(`</${['div', 'p', 'li', 'a', 'span', 'section', 'figure'][Math.floor(r() * 7)]}>`).join(''),
  // Stray characters sprinkled through.
  (h, r) => {
    let out = h;
    for (let k = 0; k < 40; k++) {
      const i = at(out, r);
      out = out.slice(0, i) + GARBAGE[Math.floor(r() * GARBAGE.length)] + out.slice(i);
    }
    return out;
  },
  // Deep nesting inside the body.
  (h, r) => {
    // Deeper nesting is the Chromium suite's (hostile-pages.e2e.ts: 5,000 levels); jsdom slows down
    // with depth, and the CLI refuses pages deeper than 200 levels.
    const depth = 20 + Math.floor(r() * 60);
    const i = Math.max(h.indexOf('<body'), 0) + Math.floor(r() * 2000);
    return h.slice(0, i) + '<div><span>'.repeat(depth) + 'deep' + '</span></div>'.repeat(depth) + h.slice(i);
  },
  // Cut off mid-way, as a page that stopped loading.
  (h, r) => h.slice(0, Math.floor(h.length * (0.2 + r() * 0.8))),
  // Quotes and brackets unbalanced.
  (h, r) => h.replace(/”/g, () => (r() < 0.5 ? '' : '”')).replace(/<\/p>/g, () => (r() < 0.3 ? '<p>' : '</p>')),
];

export interface FuzzPage {
  name: string;
  url: string;
  html: string;
}

/** Corpus pages (the smallest `count`, so a run stays short), each mutated `perPage` times. */
export function fuzzPages(seed: number, count: number, perPage: number, offset = 0): FuzzPage[] {
  const files = fs
    .readdirSync(path.join(CORPUS, 'html'))
    .map((f) => ({ f, size: fs.statSync(path.join(CORPUS, 'html', f)).size }))
    .sort((a, b) => a.size - b.size || a.f.localeCompare(b.f))
    .slice(offset, offset + count);
  const r = rng(seed);
  const out: FuzzPage[] = [];
  for (const { f } of files) {
    const id = f.replace('.html.gz', '');
    const original = zlib.gunzipSync(fs.readFileSync(path.join(CORPUS, 'html', f))).toString('utf8');
    for (let k = 0; k < perPage; k++) {
      let html = original;
      const steps = 1 + Math.floor(r() * 3);
      const names: number[] = [];
      for (let s = 0; s < steps; s++) {
        const m = Math.floor(r() * MUTATIONS.length);
        names.push(m);
        html = MUTATIONS[m]!(html, r);
      }
      out.push({ name: `${id}#${k} (mutations ${names.join(',')})`, url: `https://fuzz.example/${id}/${k}`, html });
    }
  }
  return out;
}

export interface FuzzReport {
  pages: number;
  articles: number;
  answers: Record<string, number>;
  /** Pages where an exception escaped extractArticle, or whose contentHtml changed when sanitized again. */
  failures: string[];
}

/** Extract every page; nothing may throw, and every article's HTML must be a fixed point of the sanitizer. */
export async function runFuzz(seed: number, offset: number, count = 50, perPage = 5): Promise<FuzzReport> {
  const { extractArticle } = await import('../../core/extract');
  const { sanitizeHtml } = await import('../../core/sanitize');
  const report: FuzzReport = { pages: 0, articles: 0, answers: {}, failures: [] };
  for (const page of fuzzPages(seed, count, perPage, offset)) {
    report.pages++;
    // The CLI's way of reading a page (DOMParser, one window each); a turn of the event loop now and
    // then lets jsdom free closed windows.
    if (report.pages % 10 === 0) await new Promise((r) => setImmediate(r));
    const { doc, window, close } = parsePage(page.html, page.url, page.url);
    try {
      const result = extractArticle(doc, page.url, { window, maxDepth: 200 });
      const answer = result.ok ? 'article' : result.reason;
      report.answers[answer] = (report.answers[answer] ?? 0) + 1;
      if (!result.ok) continue;
      report.articles++;
      const again = sanitizeHtml(window, result.article.contentHtml, page.url);
      if (again !== result.article.contentHtml)
        report.failures.push(`${page.name}: contentHtml changed when sanitized again`);
    } catch (err) {
      report.failures.push(`${page.name}: threw ${String(err)}`);
    } finally {
      close();
    }
  }
  return report;
}

/** One part of the fuzz suite: 250 pages (25 corpus pages, ten mutated copies each). The suite is
 * split in parts so that the test runner spreads it over the machine's cores. */
export async function fuzzPart(part: number, seed: number, offset: number): Promise<FuzzReport> {
  const report = await runFuzz(seed, offset, 25, 10);
  console.log(
    `fuzz part ${part}: ${report.pages} pages, ${report.articles} articles, answers ${JSON.stringify(report.answers)}, failures ${report.failures.length}`,
  );
  return report;
}
