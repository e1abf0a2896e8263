import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { sendMessage } from '../utils/messaging';

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; again: boolean } | { kind: 'failed'; message: string };

/** Save to library, Open in reader tab (when given), Copy as Markdown. `complete`: the same article
 * with what is still being found (its quotes), which saving and copying wait for. */
export function ArticleActions({
  article,
  complete,
  onOpenReader,
}: {
  article: Article;
  complete?: Promise<Article>;
  onOpenReader?: () => void;
}) {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    sendMessage('isSaved', article.url)
      .then((already) => already && setSave({ kind: 'saved', again: true }))
      .catch(() => undefined);
  }, [article.url]);

  const onSave = async () => {
    setSave({ kind: 'saving' });
    try {
      const r = await sendMessage('saveArticle', await (complete ?? article));
      setSave(r.ok ? { kind: 'saved', again: r.status === 'updated' } : { kind: 'failed', message: r.message });
    } catch (err) {
      setSave({ kind: 'failed', message: `Not saved: ${String((err as Error)?.message ?? err)}` });
    }
  };
  const onCopy = async () => {
    try {
      // Loaded on demand: the Markdown converter is not needed to show a story.
      const { articleToMarkdown } = await import('../core/markdown');
      await navigator.clipboard.writeText(articleToMarkdown(await (complete ?? article)));
      setCopied('Copied as Markdown');
    } catch (err) {
      setCopied(`Could not copy: ${String((err as Error)?.message ?? err)}`);
    }
  };

  const saveLabel =
    save.kind === 'saving'
      ? 'Saving…'
      : save.kind === 'saved'
        ? save.again
          ? 'Saved ✓ (updated)'
          : 'Saved ✓'
        : 'Save to library';
  return (
    <>
      <button
        type="button"
        data-testid="save-button"
        data-saved={save.kind === 'saved' ? 'true' : 'false'}
        onClick={onSave}
        disabled={save.kind === 'saving'}
      >
        {saveLabel}
      </button>
      {onOpenReader ? (
        <button type="button" data-testid="open-reader" onClick={onOpenReader}>
          Open in reader tab
        </button>
      ) : null}
      <button type="button" data-testid="copy-markdown" onClick={onCopy}>
        Copy as Markdown
      </button>
      <span class="notice" role="status" aria-live="polite">
        {save.kind === 'failed' ? save.message : (copied ?? '')}
      </span>
    </>
  );
}
