// The article with its Story / Quotes / Related / Removed views and the actions, shared by the
// popup and the full-tab reader page.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Article, Quote } from '../core/types';
import { PARAGRAPH_SELECTOR } from '../core/paragraphs';
import { ArticleBody, ArticleHeader } from './ArticleView';
import { QuotesList } from './QuotesList';
import { RelatedList } from './RelatedList';
import { RemovedLog } from './RemovedLog';
import { TabPanel, Tabs, type TabDef } from './Tabs';

type View = 'story' | 'quotes' | 'related' | 'removed';

export function ReaderView({
  article,
  actions,
  onKeepFilter,
  showShortQuotes = false,
  quotesPending = false,
}: {
  article: Article;
  /** The quotes are still being found (the popup shows the story first). */
  quotesPending?: boolean;
  actions?: ComponentChildren;
  /** Turn a filter off for this article's site and extract again (the popup only). */
  onKeepFilter?: (filter: string) => void;
  showShortQuotes?: boolean;
}) {
  const [view, setView] = useState<View>('story');
  const long = article.quotes.filter((q) => !q.short).length;
  const removedCount = article.removed.reduce((n, r) => n + r.count, 0);
  const tabs: TabDef<View>[] = [
    { id: 'story', label: 'Story' },
    { id: 'quotes', label: quotesPending ? 'Quotes (…)' : `Quotes (${long})` },
    { id: 'related', label: `Related (${article.relatedLinks.length})` },
    { id: 'removed', label: `Removed (${removedCount})` },
  ];
  const jump = (q: Quote) => {
    setView('story');
    // After the story panel is visible again, find the quote's paragraph and light it up.
    requestAnimationFrame(() => highlightParagraph(q.paragraphIndex));
  };
  return (
    <div
      class="reader"
      data-testid="state"
      data-state="ready"
      lang={article.lang ?? undefined}
      dir={toDir(article.dir)}
    >
      <ArticleHeader article={article} />
      {actions ? <div class="actions">{actions}</div> : null}
      <Tabs tabs={tabs} current={view} onSelect={setView} idPrefix="vb" />
      <TabPanel id="story" idPrefix="vb" current={view}>
        <ArticleBody article={article} />
      </TabPanel>
      <TabPanel id="quotes" idPrefix="vb" current={view}>
        {quotesPending ? (
          <p class="empty" data-testid="quotes-pending" role="status">
            Finding the quotes…
          </p>
        ) : (
          <QuotesList quotes={article.quotes} onJump={jump} initiallyShowShort={showShortQuotes} />
        )}
      </TabPanel>
      <TabPanel id="related" idPrefix="vb" current={view}>
        <RelatedList links={article.relatedLinks} />
      </TabPanel>
      <TabPanel id="removed" idPrefix="vb" current={view}>
        <RemovedLog removed={article.removed} onKeep={onKeepFilter} />
      </TabPanel>
    </div>
  );
}

function highlightParagraph(index: number): void {
  const body = document.querySelector('[data-testid="article-body"]');
  const target = body?.querySelectorAll(PARAGRAPH_SELECTOR)[index];
  if (!target) return;
  body?.querySelectorAll('.vb-highlight').forEach((el) => el.classList.remove('vb-highlight'));
  target.classList.add('vb-highlight');
  target.scrollIntoView({ block: 'center' });
}

function toDir(dir: string | null): 'ltr' | 'rtl' | 'auto' | undefined {
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
}
