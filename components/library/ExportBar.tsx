import { useState } from 'preact/hooks';
import type { SavedArticle } from '../../utils/library/types';
import { download, toHtml, toJson, toMarkdownZip } from '../../utils/library/export';
import { sendMessage } from '../../utils/messaging';

export function ExportBar({ pick, onImported }: { pick: () => SavedArticle[]; onImported: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);
  const run = async (kind: 'json' | 'md' | 'html') => {
    const articles = pick();
    if (!articles.length) return setMessage('Nothing to export yet.');
    if (kind === 'json') download(`verbatim-library-${stamp}.json`, toJson(articles), 'application/json');
    if (kind === 'md') download(`verbatim-library-${stamp}.zip`, await toMarkdownZip(articles), 'application/zip');
    if (kind === 'html') download(`verbatim-library-${stamp}.html`, toHtml(articles), 'text/html');
    setMessage(`Exported ${articles.length} article${articles.length === 1 ? '' : 's'}.`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setMessage('Nothing was imported: the file is not valid JSON.');
    }
    const r = await sendMessage('importArticles', parsed);
    setMessage(r.ok ? `Imported: ${r.added} new, ${r.updated} updated.` : r.message);
    if (r.ok) onImported();
  };
  return (
    <div class="actions" role="group" aria-label="Export and import">
      <button type="button" onClick={() => run('json')} data-testid="export-json">
        Export JSON
      </button>
      <button type="button" onClick={() => run('md')} data-testid="export-markdown">
        Export Markdown
      </button>
      <button type="button" onClick={() => run('html')} data-testid="export-html">
        Export HTML
      </button>
      <label>
        Import JSON{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => importFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      <span class="notice" role="status" data-testid="library-message">
        {message ?? ''}
      </span>
    </div>
  );
}
