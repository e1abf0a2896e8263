import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { extractFromTab, type TabExtraction } from '../utils/extraction';
import { targetTabId } from '../utils/target-tab';
import { ArticleView } from './ArticleView';
import { StateMessage } from './StateMessage';

/** Show "extracting" only when it takes long enough to notice; a flash of it reads as a glitch. */
const LOADING_DELAY_MS = 250;

type View = { kind: 'pending' } | { kind: 'loading' } | { kind: 'done'; result: TabExtraction };

export function Popup() {
  const [view, setView] = useState<View>({ kind: 'pending' });

  useEffect(() => {
    let settled = false;
    const timer = setTimeout(() => !settled && setView({ kind: 'loading' }), LOADING_DELAY_MS);
    (async () => {
      const tabId = await targetTabId(location.search);
      const result: TabExtraction =
        tabId === null ? { ok: false, reason: 'error', message: 'No tab to read.' } : await extractFromTab(tabId);
      settled = true;
      clearTimeout(timer);
      setView({ kind: 'done', result });
    })().catch((err: unknown) => {
      settled = true;
      clearTimeout(timer);
      setView({
        kind: 'done',
        result: { ok: false, reason: 'error', message: `Something went wrong: ${String(err)}` },
      });
    });
    return () => clearTimeout(timer);
  }, []);

  return (
    <>
      <header class="bar">
        <strong>Verbatim</strong>
      </header>
      <main>{renderView(view)}</main>
    </>
  );
}

function renderView(view: View) {
  if (view.kind === 'pending') return null;
  if (view.kind === 'loading') return <StateMessage state="loading" message="Extracting the story…" />;
  const { result } = view;
  if (result.ok) return <ArticleView article={result.article as Article} />;
  const state = result.reason === 'restricted' ? 'restricted' : result.reason === 'no-article' ? 'no-article' : 'error';
  return <StateMessage state={state} message={result.message} />;
}
