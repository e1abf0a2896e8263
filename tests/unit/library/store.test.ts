import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkLibrary,
  deleteArticle,
  importArticles,
  migrateLibrary,
  restoreArticle,
  saveArticle,
  setRead,
} from '../../../utils/library/store';
import { SHARD_PREFIX } from '../../../utils/library/index-store';
import { loadIndex, loadSaved } from '../../../utils/library/read';
import { articleId } from '../../../utils/library/ids';
import { makeArticle } from '../../helpers/article';

const v1Entries = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/library/v1-entries.json'), 'utf8'),
) as Record<string, unknown>;

describe('library store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps all of 200 saves started at once', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => saveArticle(makeArticle(i))));
    expect(results.every((r) => r.ok)).toBe(true);
    const index = await loadIndex();
    expect(index).toHaveLength(200);
    expect(new Set(index.map((e) => e.id)).size).toBe(200);
    expect((await loadSaved(articleId(makeArticle(137).url)))?.article.title).toBe('Story number 137');
  });

  it('updates a page saved again in place and keeps its first saved date', async () => {
    await saveArticle(makeArticle(1), new Date('2024-01-01T00:00:00Z'));
    const again = await saveArticle(
      makeArticle(1, { title: 'Story number 1, updated' }),
      new Date('2024-02-01T00:00:00Z'),
    );
    expect(again).toMatchObject({ ok: true, status: 'updated' });
    const index = await loadIndex();
    expect(index).toHaveLength(1);
    expect(index[0]).toMatchObject({
      title: 'Story number 1, updated',
      savedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-01T00:00:00.000Z',
    });
  });

  it('leaves the library as it was when storage is full, and says so', async () => {
    await saveArticle(makeArticle(1));
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await saveArticle(makeArticle(2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/storage is full.*Nothing in your library was changed/);
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('puts the article back when the index write fails after it', async () => {
    await saveArticle(makeArticle(1), new Date('2024-01-01T00:00:00Z'));
    const before = await fakeBrowser.storage.local.get(null);
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((k) => k.startsWith(SHARD_PREFIX))) throw new Error('IO error');
      return realSet(items);
    });
    const r = await saveArticle(makeArticle(1, { title: 'Changed' }));
    expect(r.ok).toBe(false);
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('marks read, deletes and restores', async () => {
    const saved = await saveArticle(makeArticle(3));
    if (!saved.ok) throw new Error(saved.message);
    await setRead(saved.id, true);
    expect((await loadIndex())[0]!.read).toBe(true);
    const del = await deleteArticle(saved.id);
    expect(del.ok && del.removed?.article.title).toBe('Story number 3');
    expect(await loadIndex()).toEqual([]);
    if (del.ok && del.removed) await restoreArticle(del.removed);
    expect((await loadIndex()).map((e) => e.title)).toEqual(['Story number 3']);
    expect((await loadSaved(saved.id))?.read).toBe(true);
  });

  it('migrates v1 entries to v2 on upgrade, keeps a damaged entry untouched and lists it', async () => {
    await fakeBrowser.storage.local.set(v1Entries);
    const r = await migrateLibrary();
    expect(r).toEqual({ migrated: 2, damaged: ['broken'], total: 2 });
    const index = await loadIndex();
    expect(index.map((e) => e.title).sort()).toEqual(['Old story 1', 'Old story 2']);
    const one = await loadSaved(articleId('https://news.example/v1/story-1'));
    expect(one).toMatchObject({
      schema: 2,
      read: false,
      savedAt: '2024-02-01T10:00:00.000Z',
      url: 'https://news.example/v1/story-1',
    });
    expect(index[0]!.speakers).toEqual(['Ann Lee']);
    expect(await fakeBrowser.storage.local.get('article:broken')).toEqual({
      'article:broken': v1Entries['article:broken'],
    });
  });

  it('rebuilds a missing index from the articles', async () => {
    await saveArticle(makeArticle(1));
    await saveArticle(makeArticle(2));
    await fakeBrowser.storage.local.remove(Array.from({ length: 64 }, (_, n) => `${SHARD_PREFIX}${n}`));
    expect(await loadIndex()).toEqual([]);
    await migrateLibrary();
    expect((await loadIndex()).length).toBe(2);
  });

  it('lists again articles a lost index shard no longer lists, and reports damaged entries on every check', async () => {
    await saveArticle(makeArticle(1));
    await saveArticle(makeArticle(2));
    await saveArticle(makeArticle(3));
    expect(await checkLibrary()).toEqual({ recovered: 0, damaged: [] });
    const lost = (await loadIndex()).find((e) => e.id === articleId(makeArticle(2).url))!;
    await fakeBrowser.storage.local.remove(Array.from({ length: 64 }, (_, n) => `${SHARD_PREFIX}${n}`));
    await fakeBrowser.storage.local.set({ 'article:broken': '{"schema": 2, "art' });
    expect(await loadIndex()).toEqual([]);
    const check = await checkLibrary();
    expect(check).toEqual({ recovered: 3, damaged: ['broken'] });
    expect((await loadIndex()).map((e) => e.id)).toContain(lost.id);
    // The damaged entry is kept as it was, and still reported next time.
    expect(await fakeBrowser.storage.local.get('article:broken')).toEqual({ 'article:broken': '{"schema": 2, "art' });
    expect(await checkLibrary()).toEqual({ recovered: 0, damaged: ['broken'] });
  });

  it('imports our export without duplicates and refuses files that are not ours or are damaged', async () => {
    await saveArticle(makeArticle(1));
    const one = await loadSaved(articleId(makeArticle(1).url));
    const two = { ...one!, id: articleId(makeArticle(2).url), url: makeArticle(2).url, article: makeArticle(2) };
    expect(await importArticles({ kind: 'verbatim-library', version: 2, articles: [one, two] })).toEqual({
      ok: true,
      added: 1,
      updated: 0,
    });
    expect(await loadIndex()).toHaveLength(2);
    const before = await fakeBrowser.storage.local.get(null);
    expect(await importArticles({ hello: 'world' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Verbatim library export/),
    });
    expect(await importArticles({ kind: 'verbatim-library', articles: [two, { article: 'x' }] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Entry 2 .* damaged/),
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
