import { useState } from 'preact/hooks';
import { FILTERS } from '../../core/filters/registry';
import { isHostname, type Settings, type SiteRule } from '../../utils/settings/schema';
import { selectorError } from '../../utils/settings/validate';

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function SitesSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (c: (s: Settings) => Settings) => Promise<Settings>;
}) {
  const [host, setHost] = useState('');
  const [off, setOff] = useState<string[]>([]);
  const [remove, setRemove] = useState('');
  const [keep, setKeep] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const edit = (h: string) => {
    const r = settings.sites[h]!;
    setHost(h);
    setOff(
      Object.entries(r.filters)
        .filter(([, on]) => !on)
        .map(([id]) => id),
    );
    setRemove(r.remove.join('\n'));
    setKeep(r.keep.join('\n'));
    setErrors([]);
  };
  const save = async () => {
    const h = host.trim().toLowerCase();
    const problems = [
      ...(isHostname(h) ? [] : [`“${host}” is not a hostname (for example news.example.com).`]),
      ...[...lines(remove), ...lines(keep)].map((sel) => selectorError(sel)).filter((e): e is string => e !== null),
    ];
    setErrors(problems);
    if (problems.length) return;
    const rule: SiteRule = {
      filters: Object.fromEntries(off.map((id) => [id, false])),
      remove: lines(remove),
      keep: lines(keep),
    };
    await update((s) => ({ ...s, sites: { ...s.sites, [h]: rule } }));
    setHost('');
    setOff([]);
    setRemove('');
    setKeep('');
  };
  const del = (h: string) =>
    update((s) => {
      const sites = { ...s.sites };
      delete sites[h];
      return { ...s, sites };
    });

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Per-site rules</h2>
      {Object.entries(settings.sites).map(([h, r]) => (
        <div class="site-card" key={h} data-testid="site-rule" data-host={h}>
          <strong>{h}</strong>
          <p class="meta">
            {[
              Object.entries(r.filters).filter(([, on]) => !on).length
                ? `filters off: ${Object.entries(r.filters)
                    .filter(([, on]) => !on)
                    .map(([id]) => id)
                    .join(', ')}`
                : '',
              r.remove.length ? `remove: ${r.remove.join(', ')}` : '',
              r.keep.length ? `keep: ${r.keep.join(', ')}` : '',
            ]
              .filter(Boolean)
              .join(' · ') || 'no changes'}
          </p>
          <button type="button" onClick={() => edit(h)}>
            Edit
          </button>{' '}
          <button type="button" onClick={() => del(h)} data-testid="site-delete">
            Delete
          </button>
        </div>
      ))}
      <fieldset>
        <legend>Add or change a site</legend>
        <label>
          Hostname
          <input
            type="text"
            value={host}
            onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
            data-testid="site-host"
            placeholder="news.example.com"
          />
        </label>
        <p>Filters off on this site:</p>
        {FILTERS.map((f) => (
          <label key={f.id} style={{ marginRight: '0.75rem', display: 'inline-block' }}>
            <input
              type="checkbox"
              checked={off.includes(f.id)}
              onChange={(e) =>
                setOff((prev) =>
                  (e.currentTarget as HTMLInputElement).checked ? [...prev, f.id] : prev.filter((x) => x !== f.id),
                )
              }
            />{' '}
            {f.label}
          </label>
        ))}
        <label>
          CSS selectors to remove (one a line)
          <textarea
            rows={3}
            value={remove}
            onInput={(e) => setRemove((e.currentTarget as HTMLTextAreaElement).value)}
            data-testid="site-remove"
          />
        </label>
        <label>
          CSS selectors to always keep (one a line)
          <textarea
            rows={2}
            value={keep}
            onInput={(e) => setKeep((e.currentTarget as HTMLTextAreaElement).value)}
            data-testid="site-keep"
          />
        </label>
        {errors.map((e) => (
          <p class="field-error" role="alert" key={e} data-testid="site-error">
            {e}
          </p>
        ))}
        <button type="button" onClick={save} data-testid="site-save">
          Save site rule
        </button>
      </fieldset>
    </section>
  );
}
