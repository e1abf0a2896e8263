import { useState } from 'preact/hooks';
import type { Quote } from '../core/types';

export function QuotesList({
  quotes,
  onJump,
  initiallyShowShort = false,
}: {
  quotes: Quote[];
  onJump: (q: Quote) => void;
  initiallyShowShort?: boolean;
}) {
  const [showShort, setShowShort] = useState(initiallyShowShort);
  const long = quotes.filter((q) => !q.short);
  const shown = showShort ? quotes : long;
  const shortCount = quotes.length - long.length;
  return (
    <div class="quotes">
      {shown.length === 0 ? <p class="empty">No direct quotes in this story.</p> : null}
      <ul>
        {shown.map((q, i) => (
          <li key={i} data-testid="quote" data-speaker={q.speaker ?? ''} class={q.short ? 'short' : undefined}>
            <button type="button" class="quote-jump" onClick={() => onJump(q)} title="Show this quote in the story">
              <blockquote>“{q.text}”</blockquote>
            </button>
            <p class="speaker">
              — {q.speaker ?? 'Unattributed'}
              {q.cue ? <span class="cue"> ({q.cue})</span> : null}
            </p>
          </li>
        ))}
      </ul>
      {shortCount > 0 ? (
        <label class="toggle">
          <input
            type="checkbox"
            checked={showShort}
            onChange={(e) => setShowShort((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Show {shortCount} short quoted phrase{shortCount === 1 ? '' : 's'}
        </label>
      ) : null}
    </div>
  );
}
