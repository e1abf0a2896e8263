// Handing an article from the popup to the full-tab reader page: it waits in session storage
// (gone when the browser closes) under a one-time key named in the reader's URL.
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import type { Article } from '../core/types';

const key = (token: string) => `session:reader:${token}` as const;

export async function openInReaderTab(article: Article): Promise<void> {
  const token = crypto.randomUUID();
  await storage.setItem(key(token), article);
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?article=${token}`) });
}

export async function takeHandedArticle(token: string): Promise<Article | null> {
  return storage.getItem<Article>(key(token));
}
