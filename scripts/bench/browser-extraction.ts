// Extraction in Chromium: corpus article pages served on 127.0.0.1; on each, our whole extraction
// and plain Readability on a clone, interleaved, RUNS times each, timed inside the page.
import { build } from 'esbuild';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/harness/chromium';
import { startServer } from '../../tests/e2e/harness/server';
import { htmlPath } from './corpus-pages';
import { median, p95 } from './stats';

export interface PageTiming {
  id: string;
  oursMs: number;
  /** Our first extraction on the page: the one a user waits for, since the content script runs
   * once per click. It pays for compiling our code and regular expressions, which later runs reuse. */
  oursFirstMs: number;
  readabilityMs: number;
  ratio: number;
  /** 'article', or why there was none ('no-article', 'too-large', 'unreadable'). */
  outcome: string;
}

export async function benchBrowserExtraction(ids: readonly string[], runs: number): Promise<PageTiming[]> {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'in-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  const code = bundle.outputFiles[0]!.text;
  // Pages' own scripts off: some redirect or rebuild themselves, which would pull the page out from
  // under the measurement. Both extractors then read the same server-rendered DOM. This is done by
  // CSP, not by turning JavaScript off in the browser: with JavaScript off, Chromium refuses to call
  // back into the page's JS, DOMPurify's Trusted Types policy throws, and every extraction failed
  // (until 2026-11-29 this benchmark timed that failure: it stopped before sanitizing).
  const server = await startServer(Object.fromEntries(ids.map((id) => [`/p/${id}.html`, htmlPath(id)])), {
    csp: "script-src 'none'; object-src 'none'",
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  // Offline and fair: only the served page itself loads, no third-party script or image.
  await context.route(
    (url) => !url.href.startsWith(server.origin),
    (route) => route.abort(),
  );
  const out: PageTiming[] = [];
  const skipped: string[] = [];
  try {
    for (const id of ids) {
      const page = await context.newPage();
      await page.goto(server.url(`/p/${id}.html`), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      // A page that still navigates (meta refresh) is measured where it settles, or left out.
      const timings = await measure(page, code, runs).catch(async () => {
        await page.waitForLoadState('load').catch(() => undefined);
        return measure(page, code, runs).catch(() => null);
      });
      await page.close();
      if (!timings) {
        skipped.push(id);
        continue;
      }
      const oursMs = median(timings.ours);
      const readabilityMs = median(timings.readability);
      out.push({
        id,
        oursMs,
        oursFirstMs: timings.ours[0]!,
        readabilityMs,
        ratio: oursMs / Math.max(readabilityMs, 0.1),
        outcome: timings.outcome,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (skipped.length) console.log(`left out (the page kept navigating): ${skipped.join(', ')}`);
  return out;
}

async function measure(page: Page, code: string, runs: number) {
  await page.evaluate(code);
  return page.evaluate((n: number) => {
    type Bench = Record<'ours' | 'readability', () => { ms: number; outcome?: string }>;
    const b = (globalThis as unknown as { __verbatimBench: Bench }).__verbatimBench;
    const ours: number[] = [];
    const readability: number[] = [];
    let outcome = '';
    for (let i = 0; i < n; i++) {
      const a = b.ours();
      ours.push(a.ms);
      outcome = a.outcome ?? '';
      readability.push(b.readability().ms);
    }
    return { ours, readability, outcome };
  }, runs);
}

export function summarizeBrowser(rows: readonly PageTiming[]) {
  const ours = rows.map((r) => r.oursMs);
  const oursFirst = rows.map((r) => r.oursFirstMs);
  const readability = rows.map((r) => r.readabilityMs);
  const ratio = rows.map((r) => r.ratio);
  const outcomes: Record<string, number> = {};
  for (const r of rows) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  return {
    pages: rows.length,
    outcomes,
    oursMedianMs: median(ours),
    oursP95Ms: p95(ours),
    oursFirstMedianMs: median(oursFirst),
    oursFirstP95Ms: p95(oursFirst),
    readabilityMedianMs: median(readability),
    readabilityP95Ms: p95(readability),
    ratioMedian: median(ratio),
    ratioP95: p95(ratio),
  };
}
