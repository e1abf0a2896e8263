// "Save to Verbatim" on a page's context menu: extract in that tab (the click grants activeTab)
// and save, then mark the toolbar button so the user sees it worked.
import { browser } from 'wxt/browser';
import { extractFromTab } from './extraction';
import { saveArticle } from './library/store';

export const MENU_ID = 'verbatim-save';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: MENU_ID, title: 'Save to Verbatim', contexts: ['page'] },
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void saveFromTab(tab.id);
  });
}

export async function saveFromTab(tabId: number): Promise<string> {
  const result = await extractFromTab(tabId);
  const saved = result.ok ? await saveArticle(result.article) : null;
  const ok = Boolean(saved?.ok);
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1d7a35' : '#b00020' }).catch(() => undefined);
  const message = !result.ok ? result.message : saved && !saved.ok ? saved.message : 'Saved to your Verbatim library.';
  await browser.action.setTitle({ tabId, title: message }).catch(() => undefined);
  return message;
}
