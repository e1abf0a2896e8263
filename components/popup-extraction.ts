// The popup's extraction, as a job that can start before the popup has rendered anything: the
// first one starts as the popup's script loads (entrypoints/popup/main.tsx), so reading the page
// and drawing the popup's frame overlap.
import { extractFromTab, quotesFromTab, type TabExtraction } from '../utils/extraction';
import { targetTabId } from '../utils/target-tab';
import { loadSanitizer } from './sanitizer';

export interface ExtractionJob {
  /** The story, perhaps with its quotes still to come (`quotesKey`). */
  result: Promise<TabExtraction>;
  /** The same with its quotes: asked for from the tab once the story is in. */
  complete: Promise<TabExtraction>;
  /** True once the job is waiting for the tab to finish loading. */
  waiting: boolean;
  onWaiting?: () => void;
}

export function startExtraction(): ExtractionJob {
  const job: ExtractionJob = {
    result: Promise.resolve(null as never),
    complete: Promise.resolve(null as never),
    waiting: false,
  };
  const markWaiting = () => {
    job.waiting = true;
    job.onWaiting?.();
  };
  const read = (async (): Promise<{ tabId: number | null; result: TabExtraction }> => {
    const tabId = await targetTabId(location.search);
    if (tabId === null) return { tabId, result: { ok: false, reason: 'error', message: 'There is no tab to read.' } };
    // DOMPurify loads while the page is read, so the story is written the moment it is shown.
    const [result] = await Promise.all([
      extractFromTab(tabId, { onWaiting: markWaiting, quotesLater: true }),
      loadSanitizer(),
    ]);
    return { tabId, result };
  })().catch((err: unknown) => ({
    tabId: null,
    result: { ok: false, reason: 'error', message: `Something went wrong: ${String(err)}` } as const,
  }));
  job.result = read.then((r) => r.result);
  job.complete = read.then(async ({ tabId, result }) => {
    if (!result.ok || result.quotesKey === undefined || tabId === null) return result;
    // The quotes are found in the tab's process, so the popup draws the story meanwhile.
    const quotes = await quotesFromTab(tabId, result.quotesKey);
    return { ok: true, article: { ...result.article, quotes } };
  });
  return job;
}
