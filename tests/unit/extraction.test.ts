import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractFromTab, isRestrictedUrl, quotesFromTab } from '../../utils/extraction';
import type { Handover, QuotesHolder } from '../../utils/extraction-handover';
import type { Quote } from '../../core/types';
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

  describe('with a tab that can be read', () => {
    // This process stands in for the tab's isolated world: the injected function runs here, and
    // the extractor file is a stand-in that does what the real one does with what it finds.
    const world = globalThis as Handover & QuotesHolder;
    const quote: Quote = {
      text: 'We will',
      speaker: 'Jane Doe',
      cue: 'said',
      paragraphIndex: 0,
      confidence: 0.9,
      short: true,
    };
    let extractorRuns = 0;
    const extractor = () => {
      extractorRuns++;
      const found = world.__verbatimSettings;
      const later = world.__verbatimQuotesLater === true;
      delete world.__verbatimSettings;
      delete world.__verbatimQuotesLater;
      if (!found) return { settingsMissing: true };
      const key = `key-${extractorRuns}`;
      if (later) (world.__verbatimQuotes ??= new Map()).set(key, () => [{ ...quote, text: key }]);
      return {
        ok: true,
        article: { title: 'A story', quotes: later ? [] : [quote] },
        ...(later ? { quotesKey: key } : {}),
      };
    };
    const inject = (order: 'in order' | 'file first') =>
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (details: {
        func?: (...a: unknown[]) => unknown;
        args?: unknown[];
        files?: string[];
      }) => {
        // Out of order only the first time: the settings are held up until the extractor has run.
        const first = order === 'file first' && extractorRuns === 0;
        if (details.files) {
          if (!first) await new Promise((r) => setTimeout(r, 5));
          return [{ result: extractor() }];
        }
        if (first) await new Promise((r) => setTimeout(r, 10));
        return [{ result: details.func!(...(details.args ?? [])) }];
      }) as never);
    beforeEach(() => {
      extractorRuns = 0;
    });
    afterEach(() => {
      vi.restoreAllMocks();
      delete world.__verbatimQuotes;
    });

    it('sends the settings and the extractor at once, and the story comes back', async () => {
      const spy = inject('in order');
      const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
      const r = await extractFromTab(tab.id!);
      expect(r).toMatchObject({ ok: true, article: { title: 'A story', quotes: [quote] } });
      expect(spy).toHaveBeenCalledTimes(2);
      expect(extractorRuns).toBe(1);
    });

    it('sends both again, in order, when the extractor ran before the settings arrived', async () => {
      inject('file first');
      const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
      const r = await extractFromTab(tab.id!);
      expect(r).toMatchObject({ ok: true, article: { title: 'A story' } });
      expect(extractorRuns).toBe(2);
    });

    it('leaves the quotes for a second call when asked, and gives them once', async () => {
      inject('in order');
      const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
      const r = await extractFromTab(tab.id!, { quotesLater: true });
      expect(r).toMatchObject({ ok: true, quotesKey: expect.any(String), article: { quotes: [] } });
      const key = r.ok && 'quotesKey' in r ? r.quotesKey! : '';
      expect(await quotesFromTab(tab.id!, key)).toEqual([{ ...quote, text: key }]);
      expect(await quotesFromTab(tab.id!, key)).toEqual([]);
    });

    it('gives each of two popups reading one tab the quotes of its own extraction', async () => {
      inject('in order');
      const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
      const [a, b] = await Promise.all([
        extractFromTab(tab.id!, { quotesLater: true }),
        extractFromTab(tab.id!, { quotesLater: true }),
      ]);
      const keyOf = (r: typeof a) => (r.ok && 'quotesKey' in r ? r.quotesKey! : '');
      expect(keyOf(a)).not.toBe(keyOf(b));
      expect((await quotesFromTab(tab.id!, keyOf(b)))[0]?.text).toBe(keyOf(b));
      expect((await quotesFromTab(tab.id!, keyOf(a)))[0]?.text).toBe(keyOf(a));
    });
  });

  it('takes the tab from ?tabId=N, and ignores a tabId that is not a tab id', async () => {
    expect(await targetTabId('?tabId=42')).toBe(42);
    expect(await targetTabId('?tabId=-3')).toBeNull();
    expect(await targetTabId('?tabId=abc')).toBeNull();
  });
});
