// Bundled by the benchmark (esbuild, IIFE) and evaluated in a served corpus page in Chromium: our
// whole content-script extraction, and plain Readability on a clone of the same page, each timed
// in the page itself so that neither pays for the trip to the test driver.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../core/extract';

function ours(): { ms: number; outcome: string } {
  const t0 = performance.now();
  const result = extractArticle(document, location.href, {});
  return { ms: performance.now() - t0, outcome: result.ok ? 'article' : result.reason };
}

function readability(): { ms: number; ok: boolean } {
  const t0 = performance.now();
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return { ms: performance.now() - t0, ok: Boolean(parsed) };
}

(globalThis as unknown as { __verbatimBench: object }).__verbatimBench = { ours, readability };
