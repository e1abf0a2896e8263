// npm run bench:library: the library at 50, 500 and 5,000 saved articles of realistic size, in
// Chromium with the extension: time to save one (popup click to "Saved"), to show the library's
// first screen, and to answer a search. Prints a table and writes bench/library-results.json.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/harness/extension';
import { startServer } from '../tests/e2e/harness/server';
import { PopupPage } from '../tests/e2e/pages/popup-page';
import { indexEntry } from '../utils/library/index-entry';
import { articleId } from '../utils/library/ids';
import { SHARD_PREFIX, shardOf } from '../utils/library/index-store';
import type { SavedArticle } from '../utils/library/types';
import type { Article } from '../core/types';

const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
const RUNS = 5;
const WORDS =
  'council budget housing minister vote plan services tax residents report school hospital river bridge election'.split(
    ' ',
  );

function article(i: number): Article {
  // About 1,200 words: a long-read news story, roughly 9 kB of text and 10 kB of HTML.
  const paras = Array.from(
    { length: 24 },
    (_, p) => Array.from({ length: 50 }, (_, w) => WORDS[(i * 7 + p * 3 + w) % WORDS.length]).join(' ') + '.',
  );
  const text = paras.join('\n\n');
  return {
    url: `https://news.example/${i}/story`,
    title: `Story ${i}: the ${WORDS[i % WORDS.length]} question`,
    byline: 'Jane Reporter',
    siteName: 'News Example',
    publishedTime: '2024-05-01T10:00:00Z',
    lang: 'en',
    dir: null,
    excerpt: paras[0]!.slice(0, 200),
    leadImage: null,
    contentHtml: paras.map((p) => `<p>${p}</p>`).join(''),
    textContent: text,
    wordCount: 1200,
    readingMinutes: 5,
    sourceUrl: null,
    quotes: [
      {
        text: `We will look at the ${WORDS[i % WORDS.length]} plan again next year`,
        speaker: `Speaker ${i % 40}`,
        cue: 'said',
        paragraphIndex: 2,
        confidence: 0.9,
        short: false,
      },
    ],
    relatedLinks: [],
    removed: [],
  };
}

async function seedLibrary(ext: ExtensionBrowser, n: number): Promise<void> {
  await ext.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
  const stamp = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const all: SavedArticle[] = Array.from({ length: n }, (_, i) => {
    const a = article(i);
    return {
      schema: 2,
      id: articleId(a.url),
      url: a.url,
      savedAt: stamp(i),
      updatedAt: stamp(i),
      read: false,
      article: a,
    };
  });
  for (let i = 0; i < all.length; i += 250) {
    const chunk = Object.fromEntries(all.slice(i, i + 250).map((s) => [`article:${s.id}`, s]));
    await ext.worker.evaluate(
      (items) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
        ).chrome.storage.local.set(items),
      chunk,
    );
  }
  const index = all.map(indexEntry).reverse();
  await ext.worker.evaluate(
    (idx) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
      ).chrome.storage.local.set({ 'library-index': idx }),
    index,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  execSync('npx wxt build --mode e2e', { stdio: 'ignore' });
  const server = await startServer();
  const ext = await launchWithExtension();
  const rows: { articles: number; saveMs: number; firstScreenMs: number; searchMs: number }[] = [];
  try {
    for (const n of SIZES) {
      await seedLibrary(ext, n);
      const save: number[] = [];
      const first: number[] = [];
      const search: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        // Save one: the seed story, fresh each run (deleted from storage first).
        const popup = await PopupPage.openFor(ext, server.url('/seed-news.html'));
        await popup.settledState();
        await ext.worker.evaluate(
          (id) =>
            (
              globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
            ).chrome.storage.local.remove(`article:${id}`),
          articleId(server.url('/seed-news.html')),
        );
        const t0 = performance.now();
        await popup.page.getByTestId('save-button').click();
        await popup.page.waitForFunction(
          () => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved') === 'true',
        );
        save.push(performance.now() - t0);
        await popup.page.close();

        const lib = await ext.context.newPage();
        const t1 = performance.now();
        await lib.goto(ext.extensionUrl('library.html'));
        await lib.getByTestId('library-item').first().waitFor();
        first.push(performance.now() - t1);
        await lib.locator('[data-testid="library-search"][data-ready="true"]').waitFor({ timeout: 120_000 });
        const t2 = performance.now();
        await lib.getByTestId('library-search').fill(`Story ${Math.floor(n / 2)}`);
        await lib.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length < 60);
        search.push(performance.now() - t2);
        await lib.close();
      }
      rows.push({ articles: n, saveMs: median(save), firstScreenMs: median(first), searchMs: median(search) });
      console.log(
        `${String(n).padStart(6)} articles: save ${median(save).toFixed(0)} ms, first screen ${median(first).toFixed(0)} ms, search ${median(search).toFixed(0)} ms (medians of ${RUNS})`,
      );
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const base = rows[0]!;
  const last = rows[rows.length - 1]!;
  console.log(
    `\nsave at ${last.articles} / at ${base.articles}: ${(last.saveMs / base.saveMs).toFixed(2)}x (target <= 2x)`,
  );
  console.log(
    `search at ${last.articles} / at ${base.articles}: ${(last.searchMs / base.searchMs).toFixed(2)}x (target <= 2x)`,
  );
  console.log(`first screen at ${last.articles}: ${last.firstScreenMs.toFixed(0)} ms (target < 300 ms)`);
  const out = path.resolve(import.meta.dirname, '../bench/library-results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, rows }, null, 2));
  console.log(`written: ${out}`);
}

await main();
