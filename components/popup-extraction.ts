// The popup's extraction, as a job that can start before the popup has rendered anything: the
// first one starts as the popup's script loads (entrypoints/popup/main.tsx), so reading the page
// and drawing the popup's frame overlap.
import { extractFromTab, type TabExtraction } from '../utils/extraction';
import { targetTabId } from '../utils/target-tab';
import { loadSanitizer } from './sanitizer';

export interface ExtractionJob {
  result: Promise<TabExtraction>;
  /** True once the job is waiting for the tab to finish loading. */
  waiting: boolean;
  onWaiting?: () => void;
}

export function startExtraction(): ExtractionJob {
  const job: ExtractionJob = { result: Promise.resolve(null as never), waiting: false };
  const markWaiting = () => {
    job.waiting = true;
    job.onWaiting?.();
  };
  job.result = (async (): Promise<TabExtraction> => {
    const tabId = await targetTabId(location.search);
    if (tabId === null) return { ok: false, reason: 'error', message: 'There is no tab to read.' };
    // DOMPurify loads while the page is read, so the story is written the moment it is shown.
    const [result] = await Promise.all([extractFromTab(tabId, markWaiting), loadSanitizer()]);
    return result;
  })().catch((err: unknown) => ({ ok: false, reason: 'error', message: `Something went wrong: ${String(err)}` }));
  return job;
}
