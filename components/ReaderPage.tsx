// The full-width reader tab: an article handed over by the popup (?article=token) or one from the
// library (?saved=id), with the same views and actions as the popup.
import { useEffect, useState } from 'preact/hooks';
import { loadSanitizer } from './sanitizer';
import type { Article } from '../core/types';
import { takeHandedArticle } from '../utils/reader-handoff';
import { loadSaved } from '../utils/library/read';
import { ReaderView } from './ReaderView';
import { StateMessage } from './StateMessage';
import { ArticleActions } from './ArticleActions';
import { AppearanceControls } from './AppearanceControls';
import { useAppearance } from './useAppearance';
import { useSettings } from './useSettings';

type Loaded = { kind: 'pending' } | { kind: 'ready'; article: Article } | { kind: 'missing'; message: string };

export function ReaderPage() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'pending' });
  const [settings, update] = useSettings();
  const setAppearance = useAppearance(settings, update);
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const token = params.get('article');
    const saved = params.get('saved');
    (async () => {
      void loadSanitizer();
      const article = token ? await takeHandedArticle(token) : saved ? (await loadSaved(saved))?.article : null;
      if (article) {
        await loadSanitizer();
        document.title = `${article.title} – Verbatim`;
        setLoaded({ kind: 'ready', article });
      } else
        setLoaded({
          kind: 'missing',
          message: 'This article is no longer here. Open it again from the page or from your library.',
        });
    })().catch((err: unknown) => setLoaded({ kind: 'missing', message: `Could not open the article: ${String(err)}` }));
  }, []);
  return (
    <div class="page reader-page">
      <header class="bar">
        <strong>Verbatim</strong>
        <AppearanceControls value={settings.appearance} onChange={setAppearance} />
        <a href="/library.html" class="library-link">
          Library
        </a>
      </header>
      <main>
        {loaded.kind === 'ready' ? (
          <ReaderView article={loaded.article} actions={<ArticleActions article={loaded.article} />} />
        ) : loaded.kind === 'missing' ? (
          <StateMessage state="error" message={loaded.message} />
        ) : null}
      </main>
    </div>
  );
}
