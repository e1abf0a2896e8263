import type { RemovedEntry } from '../core/types';
import { FILTERS } from '../core/filters/registry';

const LABELS = new Map<string, string>([
  ...FILTERS.map((f) => [f.id, f.label] as [string, string]),
  ['custom-selectors', 'Your selectors'],
  ['custom-text', 'Your text rules'],
]);

export function RemovedLog({ removed, onKeep }: { removed: RemovedEntry[]; onKeep?: (filter: string) => void }) {
  if (!removed.length) return <p class="empty">Nothing was removed: the page had no clutter our filters know.</p>;
  return (
    <ul class="removed">
      {removed.map((r) => (
        <li key={r.filter} data-testid="removed-entry" data-filter={r.filter}>
          <strong>{LABELS.get(r.filter) ?? r.filter}</strong> <span class="count">{r.count} removed</span>
          {onKeep && LABELS.has(r.filter) && !r.filter.startsWith('custom-') ? (
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
