// Exports: JSON (everything, re-importable), Markdown (one file per article with a YAML header,
// zipped) and one self-contained HTML file. Article HTML is sanitized again on the way out.
import type { SavedArticle } from './types';
import { SAVED_SCHEMA } from './types';
import { sanitizeHtml } from '../../core/sanitize';
import { zipFiles } from '../zip';
export { download } from '../download';

export function toJson(articles: SavedArticle[], now = new Date()): string {
  return JSON.stringify(
    { kind: 'verbatim-library', version: SAVED_SCHEMA, exportedAt: now.toISOString(), articles },
    null,
    1,
  );
}

const yamlString = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));

export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'article'
  );
}

export async function toMarkdownZip(articles: SavedArticle[]): Promise<Uint8Array> {
  const { default: TurndownService } = await import('turndown');
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const used = new Set<string>();
  const files = articles.map((s) => {
    const a = s.article;
    const speakers = [...new Set(a.quotes.filter((q) => !q.short && q.speaker).map((q) => q.speaker as string))];
    const header = [
      '---',
      `title: ${yamlString(a.title)}`,
      `byline: ${yamlString(a.byline)}`,
      `site: ${yamlString(a.siteName)}`,
      `url: ${yamlString(s.url)}`,
      `saved: ${yamlString(s.savedAt)}`,
      `speakers: [${speakers.map(yamlString).join(', ')}]`,
      '---',
    ].join('\n');
    let name = `${slug(a.title)}.md`;
    for (let n = 2; used.has(name); n++) name = `${slug(a.title)}-${n}.md`;
    used.add(name);
    return {
      name,
      content: `${header}\n\n# ${a.title}\n\n${td.turndown(sanitizeHtml(window, a.contentHtml, s.url))}\n`,
    };
  });
  return zipFiles(files);
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toHtml(articles: SavedArticle[]): string {
  const body = articles
    .map((s) => {
      const a = s.article;
      const meta = [a.byline, a.siteName, new Date(s.savedAt).toDateString()]
        .filter(Boolean)
        .map((m) => escapeText(m as string));
      return `<article><h1>${escapeText(a.title)}</h1><p class="meta">${meta.join(' · ')} · <a href="${escapeText(s.url)}">${escapeText(s.url)}</a></p>${sanitizeHtml(window, a.contentHtml, s.url)}</article>`;
    })
    .join('\n<hr>\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http:; style-src 'unsafe-inline'"><title>Verbatim library</title><style>body{font:17px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}img{max-width:100%;height:auto}.meta{font:13px system-ui,sans-serif;color:#555}</style></head><body>${body}</body></html>`;
}
