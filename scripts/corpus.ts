// The WCXB corpus, read in place from ../shared (never copied into the project).
import fs from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '../../shared');
export const CORPUS = path.join(SHARED, 'corpus/wcxb-dev');

export interface CorpusPage {
  id: string;
  type: string;
  url: string;
  text: string;
  with: string[];
  without: string[];
}

export function corpusPath(rel: string): string {
  return path.join(CORPUS, rel);
}

export function loadCorpus(): CorpusPage[] {
  const meta = JSON.parse(fs.readFileSync(corpusPath('metadata.json'), 'utf8')) as {
    files: Record<string, { page_type: string }>;
  };
  return Object.entries(meta.files).map(([id, m]) => {
    const gt = JSON.parse(fs.readFileSync(corpusPath(`ground-truth/${id}.json`), 'utf8')) as {
      url: string;
      ground_truth: { main_content: string; with?: string[]; without?: string[] };
    };
    return {
      id,
      type: m.page_type,
      url: gt.url,
      text: gt.ground_truth.main_content,
      with: gt.ground_truth.with ?? [],
      without: gt.ground_truth.without ?? [],
    };
  });
}
