// An Article as Markdown: the CLI's default output and the popup's "Copy as Markdown".
import TurndownService from 'turndown';
import type { Article } from './types';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  service ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  return service;
}

export function articleToMarkdown(article: Article): string {
  const meta = [article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ');
  const parts = [`# ${article.title}`];
  if (meta) parts.push(`_${meta}_`);
  parts.push(turndown().turndown(article.contentHtml));
  if (article.sourceUrl) parts.push(`Original source: <${article.sourceUrl}>`);
  parts.push(`Source: <${article.url}>`);
  return `${parts.join('\n\n')}\n`;
}
