// Popup: time from opening popup.html?tabId=N to the article (or the no-article message) being
// shown, with the test build of the extension, on the seed page and corpus pages.
import { launchWithExtension, tabIdFor } from '../../tests/e2e/harness/extension';
import { ROUTES, startServer } from '../../tests/e2e/harness/server';
import { htmlPath } from './corpus-pages';
import { median, p95 } from './stats';

export interface PopupTiming {
  page: string;
  /** Wall time from asking for popup.html to the test driver seeing the article (its polling included). */
  ms: number;
  /** From the popup's navigation start to the story written into it, read in the popup. */
  inPageMs: number;
  /** The same on the first opening on the page: what a click waits for (nothing compiled yet in
   * the tab for the extractor). */
  firstInPageMs: number;
  state: string;
}

export async function benchPopup(ids: readonly string[], runs: number): Promise<PopupTiming[]> {
  const routes: Record<string, string> = { '/seed-news.html': ROUTES['/seed-news.html']! };
  for (const id of ids) routes[`/p/${id}.html`] = htmlPath(id);
  const server = await startServer(routes);
  const ext = await launchWithExtension();
  // No request interception here: Playwright would then route every request, the popup's own
  // scripts included, through this process and slow the very thing measured. This machine has no
  // network, so third-party requests fail fast anyway.
  const out: PopupTiming[] = [];
  try {
    for (const route of Object.keys(routes)) {
      const target = await ext.context.newPage();
      await target.goto(server.url(route), { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      const tabId = await tabIdFor(ext, target.url());
      const times: number[] = [];
      const inPage: number[] = [];
      let state = '';
      for (let r = 0; r < runs; r++) {
        const popup = await ext.context.newPage();
        const t0 = performance.now();
        await popup.goto(ext.extensionUrl(`popup.html?tabId=${tabId}`));
        const shown = popup.locator('[data-testid="article-title"], [data-testid="state"]:not([data-state="loading"])');
        await shown.first().waitFor({ timeout: 20_000 });
        times.push(performance.now() - t0);
        state = (await popup.locator('[data-testid="article-title"]').count()) ? 'ready' : 'message';
        if (state === 'ready') {
          // A build from before the mark existed has none: then only the wall time is known.
          const marked = await popup
            .waitForFunction(() => performance.getEntriesByName('verbatim:story-shown').length > 0, null, {
              timeout: 2000,
            })
            .then(
              () => true,
              () => false,
            );
          if (marked)
            inPage.push(await popup.evaluate(() => performance.getEntriesByName('verbatim:story-shown')[0]!.startTime));
        }
        await popup.close();
      }
      out.push({
        page: route,
        ms: median(times),
        inPageMs: inPage.length ? median(inPage) : NaN,
        firstInPageMs: inPage.length === runs ? inPage[0]! : NaN,
        state,
      });
      await target.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  return out;
}

export function summarizePopup(rows: readonly PopupTiming[]) {
  const ms = rows.map((r) => r.ms);
  const ready = rows.filter((r) => r.state === 'ready');
  const inPage = ready.map((r) => r.inPageMs);
  const first = ready.map((r) => r.firstInPageMs).filter((n) => !Number.isNaN(n));
  const seed = rows.find((r) => r.page === '/seed-news.html');
  return {
    pages: rows.length,
    seedMs: seed?.ms ?? NaN,
    seedInPageMs: seed?.inPageMs ?? NaN,
    medianMs: median(ms),
    p95Ms: p95(ms),
    inPageMedianMs: median(inPage),
    inPageP95Ms: p95(inPage),
    firstInPageMedianMs: first.length ? median(first) : NaN,
    firstInPageP95Ms: first.length ? p95(first) : NaN,
    articlesShown: rows.filter((r) => r.state === 'ready').length,
  };
}
