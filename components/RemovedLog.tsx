import type { RemovedEntry } from '../core/types';

// Each entry carries its filter's label, so this view needs none of the filter code (the popup's
// bundle stays small). Articles saved before labels were logged show the filter id instead.

export function RemovedLog({ removed, onKeep }: { removed: RemovedEntry[]; onKeep?: (filter: string) => void }) {
  if (!removed.length) return <p class="empty">Nothing was removed: the page had no clutter our filters know.</p>;
  return (
    <ul class="removed">
      {removed.map((r) => (
        <li key={r.filter} data-testid="removed-entry" data-filter={r.filter}>
          <strong>{r.label ?? r.filter}</strong> <span class="count">{r.count} removed</span>
          {onKeep && !r.filter.startsWith('custom-') ? (
            <>
              {' '}
              <button type="button" data-testid="keep-on-site" onClick={() => onKeep(r.filter)}>
                Keep this on this site
              </button>
            </>
          ) : null}
          {r.samples.length ? (
            <ul class="samples">
              {r.samples.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
