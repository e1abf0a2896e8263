// The library's state: the compact index first (fast first screen), then every article in the
// background for search, speakers and export.
import { useEffect, useMemo, useState } from 'preact/hooks';
import MiniSearch from 'minisearch';
import { watchIndex } from '../../utils/library/index-store';
import { loadAll, loadIndex } from '../../utils/library/read';
import type { IndexEntry, SavedArticle } from '../../utils/library/types';

const CHUNK = 250;

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export interface LibraryData {
  entries: IndexEntry[] | null;
  saved: Map<string, SavedArticle>;
  damaged: string[];
  search: MiniSearch | null;
  error: string | null;
  reload: () => void;
}

export function useLibrary(): LibraryData {
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [saved, setSaved] = useState<Map<string, SavedArticle>>(new Map());
  const [damaged, setDamaged] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    (async () => {
      const list = [...(await loadIndex())].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      if (!alive) return;
      setEntries(list);
      // Then the articles themselves, once the first screen has painted, in chunks so that the
      // page stays responsive while a large library loads.
      await afterPaint();
      const saved = new Map<string, SavedArticle>();
      const damaged: string[] = [];
      const ids = list.map((e) => e.id);
      for (let i = 0; i < ids.length && alive; i += CHUNK) {
        const part = await loadAll(ids.slice(i, i + CHUNK));
        for (const s of part.saved) saved.set(s.id, s);
        damaged.push(...part.damaged);
        await new Promise((r) => setTimeout(r, 0));
      }
      if (!alive) return;
      setSaved(saved);
      setDamaged(damaged);
    })().catch((err: unknown) => alive && setError(`Could not read the library: ${String(err)}`));
    return () => {
      alive = false;
    };
  }, [version]);

  useEffect(() => watchIndex(() => setVersion((v) => v + 1)), []);

  const search = useMemo(() => {
    if (!saved.size) return null;
    const ms = new MiniSearch({
      fields: ['title', 'byline', 'siteName', 'text', 'speakers'],
      searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 3, speakers: 2, byline: 2 } },
    });
    ms.addAll(
      [...saved.values()].map((s) => ({
        id: s.id,
        title: s.article.title,
        byline: s.article.byline ?? '',
        siteName: s.article.siteName ?? '',
        text: s.article.textContent,
        speakers: [...new Set(s.article.quotes.map((q) => q.speaker).filter(Boolean))].join(' '),
      })),
    );
    return ms;
  }, [saved]);

  return { entries, saved, damaged, search, error, reload: () => setVersion((v) => v + 1) };
}
