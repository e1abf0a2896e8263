// The corpus article pages the benchmarks use: the first N by id, so every run measures the same set.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { corpusPath, loadCorpus, type CorpusPage } from '../corpus';

export function articlePages(limit = Infinity): CorpusPage[] {
  return loadCorpus()
    .filter((p) => p.type === 'article')
    .sort((a, b) => a.id.localeCompare(b.id))
    .slice(0, limit);
}

export const htmlPath = (id: string) => corpusPath(`html/${id}.html.gz`);

export function pageHtml(id: string): string {
  return zlib.gunzipSync(fs.readFileSync(htmlPath(id))).toString('utf8');
}
