// Which tab the popup reads: `?tabId=N` when given (tests open popup.html in a tab of its own),
// otherwise the active tab of the current window.
import { browser } from 'wxt/browser';

export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
