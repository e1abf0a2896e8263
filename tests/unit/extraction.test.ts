import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromTab, isRestrictedUrl } from '../../utils/extraction';
import { targetTabId } from '../../utils/target-tab';

describe('extracting from a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    'chrome://version',
    'about:blank',
    'view-source:https://a.example/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://a.example/report.pdf',
    'chrome-extension://abc/popup.html',
  ])('calls %s restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it('lets ordinary news pages through', () => {
    expect(isRestrictedUrl('https://www.bbc.co.uk/news/uk-politics-41718441')).toBe(false);
  });

  it('answers restricted for a browser page without trying to inject', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://version' });
    const r = await extractFromTab(tab.id!);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('restricted');
  });

  it('says so when the tab is gone', async () => {
    const r = await extractFromTab(987654);
    expect(r).toMatchObject({ ok: false, reason: 'error' });
  });

  it('takes the tab from ?tabId=N, and ignores a tabId that is not a tab id', async () => {
    expect(await targetTabId('?tabId=42')).toBe(42);
    expect(await targetTabId('?tabId=-3')).toBeNull();
    expect(await targetTabId('?tabId=abc')).toBeNull();
  });
});
