import type { Article } from '../core/types';
import { SanitizedHtml } from './SanitizedHtml';

export function ArticleView({ article }: { article: Article }) {
  const meta = [
    article.byline,
    article.siteName,
    formatDate(article.publishedTime),
    `${article.readingMinutes} min read`,
  ].filter(Boolean);
  return (
    <article data-testid="state" data-state="ready" lang={article.lang ?? undefined} dir={toDir(article.dir)}>
      <h1 data-testid="article-title">{article.title}</h1>
      <p class="meta">{meta.join(' · ')}</p>
      <SanitizedHtml html={article.contentHtml} baseUrl={article.url} class="story" testId="article-body" />
      {article.sourceUrl && (
        <p class="meta">
          Original source:{' '}
          <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer" data-testid="source-link">
            {article.sourceUrl}
          </a>
        </p>
      )}
    </article>
  );
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function toDir(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}
