import { FILTERS } from '../../core/filters/registry';
import type { Settings } from '../../utils/settings/schema';

export function FiltersSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (c: (s: Settings) => Settings) => Promise<Settings>;
}) {
  const toggle = (id: string, on: boolean) => update((s) => ({ ...s, filters: { ...s.filters, [id]: on } }));
  const reset = () => update((s) => ({ ...s, filters: {} }));
  return (
    <section aria-labelledby="filters-h">
      <h2 id="filters-h">Clutter filters</h2>
      <p class="meta">Each filter removes one kind of clutter. Changes apply to the next story you open.</p>
      {FILTERS.map((f) => {
        const on = settings.filters[f.id] ?? f.defaultEnabled;
        return (
          <div class="filter-row" key={f.id}>
            <input
              type="checkbox"
              id={`filter-${f.id}`}
              data-testid={`filter-toggle-${f.id}`}
              checked={on}
              onChange={(e) => toggle(f.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`filter-${f.id}`}>
              <strong>{f.label}</strong> — {f.description}
            </label>
            <span class="example">Removes: {f.example}</span>
          </div>
        );
      })}
      <button type="button" onClick={reset} data-testid="filters-reset">
        Reset filters to defaults
      </button>
    </section>
  );
}
