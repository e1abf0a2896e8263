// The library: saved articles newest first, full-text search, a speakers view, read marks,
// delete with undo, storage used, export and import.
import { useEffect, useState } from 'preact/hooks';
import { useAppearance } from './useAppearance';
import { useSettings } from './useSettings';
import { useLibrary } from './library/useLibrary';
import { SpeakersView } from './library/SpeakersView';
import { ExportBar } from './library/ExportBar';
import { Tabs, TabPanel } from './Tabs';
import { sendMessage } from '../utils/messaging';
import { storageUsed } from '../utils/library/read';
import type { SavedArticle } from '../utils/library/types';
import type { LibraryCheck } from '../utils/library/store';

type View = 'articles' | 'speakers';
const PAGE = 50;

export function LibraryPage() {
  const [settings, update] = useSettings();
  useAppearance(settings, update);
  const lib = useLibrary();
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('articles');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<SavedArticle | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [bytes, setBytes] = useState<number | null>(null);

  // Every stored article must be listed: the background rebuilds a lost index and says so.
  const [check, setCheck] = useState<LibraryCheck | null>(null);
  useEffect(() => {
    sendMessage('checkLibrary', undefined).then(setCheck, () => setCheck(null));
  }, []);
  const damagedCount = new Set([...lib.damaged, ...(check?.damaged ?? [])]).size;

  useEffect(() => {
    if (lib.entries) storageUsed(lib.entries).then(setBytes, () => setBytes(null));
  }, [lib.entries]);

  const hits = query.trim() && lib.search ? new Set(lib.search.search(query.trim()).map((r) => String(r.id))) : null;
  const matching = (lib.entries ?? []).filter((e) => !hits || hits.has(e.id));
  // A page at a time: the first screen of a 5,000-article library should not build 5,000 rows.
  const [limit, setLimit] = useState(PAGE);
  const shown = matching.slice(0, limit);

  const remove = async (id: string) => {
    const r = await sendMessage('deleteArticle', id);
    if (!r.ok) return setNotice(r.message);
    setUndo(r.removed);
    setNotice(r.removed ? `Deleted “${r.removed.article.title}”.` : 'Deleted.');
  };
  const undoDelete = async () => {
    if (!undo) return;
    const r = await sendMessage('restoreArticle', undo);
    setNotice(r.ok ? `Restored “${undo.article.title}”.` : r.message);
    setUndo(null);
  };
  const toggleRead = async (id: string, read: boolean) => {
    const r = await sendMessage('setRead', { id, read });
    if (!r.ok) setNotice(r.message);
  };
  const pick = () => {
    const ids = selected.size ? [...selected] : matching.map((e) => e.id);
    return ids.map((id) => lib.saved.get(id)).filter((s): s is SavedArticle => Boolean(s));
  };

  return (
    <div class="page library-page">
      <header class="bar">
        <strong>Verbatim library</strong>
        <span class="meta" data-testid="storage-used">
          {lib.entries ? `${lib.entries.length} saved` : ''}
          {bytes !== null ? ` · ${(bytes / 1024 / 1024).toFixed(2)} MB used` : ''}
        </span>
        <a href="/options.html">Options</a>
      </header>
      <main>
        {lib.error ? <p role="alert">{lib.error}</p> : null}
        {check?.recovered ? (
          <p role="status" class="notice" data-testid="recovered">
            {check.recovered} saved {check.recovered === 1 ? 'article was' : 'articles were'} missing from the
            library&rsquo;s index and {check.recovered === 1 ? 'is' : 'are'} listed again.
          </p>
        ) : null}
        {damagedCount ? (
          <p role="alert" data-testid="damaged">
            {damagedCount} saved {damagedCount === 1 ? 'entry is' : 'entries are'} damaged and cannot be shown; they are
            kept as they are.
          </p>
        ) : null}
        <label class="search">
          Search{' '}
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            data-testid="library-search"
            data-ready={lib.search ? 'true' : 'false'}
            placeholder="Title, site, text or speaker"
          />
        </label>
        <ExportBar pick={pick} onImported={lib.reload} />
        {notice ? (
          <p role="status" class="notice" data-testid="library-notice">
            {notice}{' '}
            {undo ? (
              <button type="button" onClick={undoDelete} data-testid="undo-delete">
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
        <Tabs
          tabs={[
            { id: 'articles', label: 'Articles' },
            { id: 'speakers', label: 'Speakers' },
          ]}
          current={view}
          onSelect={setView}
          idPrefix="lib"
        />
        <TabPanel id="articles" idPrefix="lib" current={view}>
          {lib.entries && lib.entries.length === 0 ? (
            <p class="empty">Nothing saved yet. Open a story with Verbatim and press “Save to library”.</p>
          ) : null}
          {hits && shown.length === 0 ? <p class="empty">Nothing matches “{query}”.</p> : null}
          <ul class="library-list">
            {shown.map((e) => (
              <li key={e.id} data-testid="library-item" data-read={e.read ? 'true' : 'false'}>
                <input
                  type="checkbox"
                  aria-label={`Select “${e.title}”`}
                  checked={selected.has(e.id)}
                  onChange={(ev) => {
                    const next = new Set(selected);
                    if ((ev.currentTarget as HTMLInputElement).checked) next.add(e.id);
                    else next.delete(e.id);
                    setSelected(next);
                  }}
                />{' '}
                <a
                  href={`/reader.html?saved=${encodeURIComponent(e.id)}`}
                  data-testid="library-title"
                  class={e.read ? 'read' : undefined}
                >
                  {e.title}
                </a>
                <p class="meta">
                  {[
                    e.siteName,
                    new Date(e.savedAt).toLocaleDateString(),
                    `${e.readingMinutes} min read`,
                    e.read ? 'read' : 'unread',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {e.excerpt ? <p class="excerpt">{e.excerpt}</p> : null}
                <button type="button" onClick={() => toggleRead(e.id, !e.read)} data-testid="toggle-read">
                  Mark {e.read ? 'unread' : 'read'}
                </button>{' '}
                <button type="button" onClick={() => remove(e.id)} data-testid="delete-item">
                  Delete
                </button>
              </li>
            ))}
          </ul>
          {matching.length > shown.length ? (
            <button type="button" onClick={() => setLimit((n) => n + PAGE * 4)} data-testid="show-more">
              Show more ({matching.length - shown.length} more)
            </button>
          ) : null}
        </TabPanel>
        <TabPanel id="speakers" idPrefix="lib" current={view}>
          <SpeakersView saved={lib.saved} query={query} />
        </TabPanel>
      </main>
    </div>
  );
}
