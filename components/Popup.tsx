import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabExtraction } from '../utils/extraction';
import { startExtraction, type ExtractionJob } from './popup-extraction';
import { openInReaderTab } from '../utils/reader-handoff';
import { ReaderView } from './ReaderView';
import { StateMessage, type PopupState } from './StateMessage';
import { ArticleActions } from './ArticleActions';
import { AppearanceControls } from './AppearanceControls';
import { useAppearance } from './useAppearance';
import { useSettings } from './useSettings';

/** Show "extracting" only when it takes long enough to notice; a flash of it reads as a glitch. */
const LOADING_DELAY_MS = 250;

type View =
  | { kind: 'pending' }
  | { kind: 'loading'; message: string }
  | { kind: 'done'; result: TabExtraction; complete: Promise<TabExtraction> };

export function Popup({ firstRun }: { firstRun?: ExtractionJob }) {
  const [view, setView] = useState<View>({ kind: 'pending' });
  const [settings, update] = useSettings();
  const setAppearance = useAppearance(settings, update);
  // Bumped to extract again (after "keep this on this site" changed the site's rule).
  const [run, setRun] = useState(0);

  const keepOnSite = async (filter: string, pageUrl: string) => {
    const host = new URL(pageUrl).hostname.toLowerCase();
    await update((s) => {
      const rule = s.sites[host] ?? { filters: {}, remove: [], keep: [] };
      return { ...s, sites: { ...s.sites, [host]: { ...rule, filters: { ...rule.filters, [filter]: false } } } };
    });
    setRun((n) => n + 1);
  };

  useEffect(() => {
    let settled = false;
    let current = true;
    const timer = setTimeout(
      () => !settled && setView({ kind: 'loading', message: 'Extracting the story…' }),
      LOADING_DELAY_MS,
    );
    const job = run === 0 && firstRun ? firstRun : startExtraction();
    // Shown twice: the story as soon as it comes, then again with its quotes.
    const finish = (result: TabExtraction) => {
      settled = true;
      clearTimeout(timer);
      if (current) setView({ kind: 'done', result, complete: job.complete });
    };
    const waiting = () => setView({ kind: 'loading', message: 'Waiting for the page to finish loading…' });
    job.onWaiting = waiting;
    if (job.waiting) waiting();
    void job.result.then(finish);
    void job.complete.then(finish);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [run]);

  return (
    <>
      <header class="bar">
        <strong>Verbatim</strong>
        <AppearanceControls value={settings.appearance} onChange={setAppearance} />
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener" class="library-link">
          Library
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </header>
      <main>{renderView(view, (filter, url) => void keepOnSite(filter, url), settings.showShortQuotes)}</main>
    </>
  );
}

function renderView(view: View, onKeep: (filter: string, pageUrl: string) => void, showShortQuotes: boolean) {
  if (view.kind === 'pending') return null;
  if (view.kind === 'loading') return <StateMessage state="loading" message={view.message} />;
  const { result } = view;
  if (result.ok) {
    const article = result.article;
    // Saving, copying and the reader tab take the article with its quotes, even when clicked
    // in the moment before they arrive.
    const complete = view.complete.then((r) => (r.ok ? r.article : article));
    return (
      <ReaderView
        article={article}
        quotesPending={result.quotesKey !== undefined}
        showShortQuotes={showShortQuotes}
        onKeepFilter={(filter) => onKeep(filter, article.url)}
        actions={
          <ArticleActions
            article={article}
            complete={complete}
            onOpenReader={() => complete.then(openInReaderTab).then(() => window.close())}
          />
        }
      />
    );
  }
  const state: PopupState =
    result.reason === 'restricted' ? 'restricted' : result.reason === 'no-article' ? 'no-article' : 'error';
  const hint =
    result.reason === 'no-article'
      ? 'Verbatim looks for a story: a run of paragraphs with a title. Pages such as home pages, search results, sign-in forms and shop listings have none.'
      : result.reason === 'too-large'
        ? 'Very large pages are refused so that the tab stays responsive.'
        : null;
  return <StateMessage state={state} message={result.message} hint={hint} />;
}
