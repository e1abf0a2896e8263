// The library's first screen: saved articles, newest first, from the compact index alone.
import { useEffect, useState } from 'preact/hooks';
import { loadIndex } from '../utils/library/read';
import type { IndexEntry } from '../utils/library/types';
import { useAppearance } from './useAppearance';

export function LibraryPage() {
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useAppearance();
  useEffect(() => {
    loadIndex()
      .then((list) => setEntries([...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt))))
      .catch((err: unknown) => setError(`Could not read the library: ${String(err)}`));
  }, []);
  return (
    <div class="page library-page">
      <header class="bar">
        <strong>Verbatim library</strong>
        <a href="/options.html">Options</a>
      </header>
      <main>
        {error ? <p role="alert">{error}</p> : null}
        {entries && entries.length === 0 ? (
          <p class="empty">Nothing saved yet. Open a story with Verbatim and press “Save to library”.</p>
        ) : null}
        <ul class="library-list">
          {(entries ?? []).map((e) => (
            <li key={e.id} data-testid="library-item">
              <a href={`/reader.html?saved=${encodeURIComponent(e.id)}`} data-testid="library-title">
                {e.title}
              </a>
              <p class="meta">
                {[e.siteName, new Date(e.savedAt).toLocaleDateString(), `${e.readingMinutes} min read`]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {e.excerpt ? <p class="excerpt">{e.excerpt}</p> : null}
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
