import type { Article } from '../core/types';
import { SanitizedHtml } from './SanitizedHtml';

export function ArticleHeader({ article }: { article: Article }) {
  const meta = [
    article.byline,
    article.siteName,
    formatDate(article.publishedTime),
    `${article.readingMinutes} min read`,
  ].filter(Boolean);
  return (
    <header class="article-header">
      <h1 data-testid="article-title">{article.title}</h1>
      <p class="meta" data-testid="article-meta">
        {meta.join(' · ')}
      </p>
    </header>
  );
}

export function ArticleBody({ article }: { article: Article }) {
  return (
    <>
      <SanitizedHtml html={article.contentHtml} baseUrl={article.url} class="story" testId="article-body" />
      <p class="meta source">
        {article.sourceUrl ? (
          <>
            Original source:{' '}
            <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer" data-testid="source-link">
              {article.sourceUrl}
            </a>
            <br />
          </>
        ) : null}
        Read on:{' '}
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {article.url}
        </a>
      </p>
    </>
  );
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
