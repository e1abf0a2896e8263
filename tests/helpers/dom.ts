// Build jsdom documents for unit tests of core/.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { applyFilters } from '../../core/filters/engine';
import { FILTERS } from '../../core/filters/registry';
import { findStoryRoot } from '../../core/story-root';
import type { RemovedEntry } from '../../core/types';

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');

export function docFrom(html: string, url = 'https://news.example/2024/01/01/story/'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function seed(): { doc: Document; url: string; expected: SeedExpected } {
  const dir = path.join(SHARED, 'fixtures/seed-news');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as SeedExpected;
  const doc = docFrom(fs.readFileSync(path.join(dir, 'page.html'), 'utf8'), expected.url);
  return { doc, url: expected.url, expected };
}

export interface SeedExpected {
  url: string;
  title: string;
  siteName: string;
  publishedTime: string;
  storyParagraphs: string[];
  clutterAbsent: string[];
  quotes: { text: string; speaker: string }[];
  relatedLinks: { title: string; url: string }[];
  sourceUrl: string;
}

/** Run one filter over a body and return what is left and what was logged. */
export function runFilter(id: string, bodyHtml: string): { text: string; html: string; removed?: RemovedEntry } {
  const filter = FILTERS.find((f) => f.id === id);
  if (!filter) throw new Error(`no filter ${id}`);
  const doc = docFrom(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const log = new Map<string, RemovedEntry>();
  applyFilters(doc.body, { filters: [filter], protectedRoots: [findStoryRoot(doc.body)], keepSelectors: [], log });
  return {
    text: doc.body.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    html: doc.body.innerHTML,
    removed: log.get(id),
  };
}

/** A story long enough that findStoryRoot picks it, for filters to be tested around. */
export const STORY = `<article class="story"><p>${'The council approved the new budget on Tuesday after a long debate about the cost of housing. '.repeat(3)}</p><p>${'Members said the plan would protect services while keeping the increase in tax small for most residents. '.repeat(3)}</p></article>`;
