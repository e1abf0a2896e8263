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
  readabilityMs: number;
  ratio: number;
  ok: boolean;
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
  const server = await startServer(Object.fromEntries(ids.map((id) => [`/p/${id}.html`, htmlPath(id)])));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  // Pages' own scripts off: some redirect or rebuild themselves, which would pull the page out from
  // under the measurement. Both extractors then read the same server-rendered DOM.
  const context = await browser.newContext({ javaScriptEnabled: false });
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
      out.push({ id, oursMs, readabilityMs, ratio: oursMs / Math.max(readabilityMs, 0.1), ok: timings.ok });
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
    type Bench = Record<'ours' | 'readability', () => { ms: number; ok: boolean }>;
    const b = (globalThis as unknown as { __verbatimBench: Bench }).__verbatimBench;
    const ours: number[] = [];
    const readability: number[] = [];
    let ok = true;
    for (let i = 0; i < n; i++) {
      const a = b.ours();
      ours.push(a.ms);
      ok = a.ok;
      readability.push(b.readability().ms);
    }
    return { ours, readability, ok };
  }, runs);
}

export function summarizeBrowser(rows: readonly PageTiming[]) {
  const ours = rows.map((r) => r.oursMs);
  const readability = rows.map((r) => r.readabilityMs);
  const ratio = rows.map((r) => r.ratio);
  return {
    pages: rows.length,
    oursMedianMs: median(ours),
    oursP95Ms: p95(ours),
    readabilityMedianMs: median(readability),
    readabilityP95Ms: p95(readability),
    ratioMedian: median(ratio),
    ratioP95: p95(ratio),
  };
}
