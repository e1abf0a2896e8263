import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/schema';
import { patternError } from '../../utils/settings/validate';

export function TextRulesSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (c: (s: Settings) => Settings) => Promise<Settings>;
}) {
  const [pattern, setPattern] = useState('');
  const [regex, setRegex] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const problem = patternError(pattern, regex);
    setError(problem);
    if (problem) return;
    await update((s) => ({ ...s, textRules: [...s.textRules, { pattern: pattern.trim(), regex }] }));
    setPattern('');
  };
  const del = (i: number) => update((s) => ({ ...s, textRules: s.textRules.filter((_, j) => j !== i) }));
  return (
    <section aria-labelledby="text-h">
      <h2 id="text-h">Your text rules</h2>
      <p class="meta">A short block of the story whose text matches one of these is removed, on every site.</p>
      <ul>
        {settings.textRules.map((r, i) => (
          <li key={`${r.pattern}-${i}`} data-testid="text-rule">
            <code>{r.pattern}</code> {r.regex ? '(pattern)' : '(phrase)'}{' '}
            <button type="button" onClick={() => del(i)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <label>
        Phrase or pattern
        <input
          type="text"
          value={pattern}
          onInput={(e) => setPattern((e.currentTarget as HTMLInputElement).value)}
          data-testid="text-rule-input"
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={regex}
          onChange={(e) => setRegex((e.currentTarget as HTMLInputElement).checked)}
          data-testid="text-rule-regex"
        />{' '}
        Regular expression
      </label>{' '}
      <button type="button" onClick={add} data-testid="text-rule-add">
        Add rule
      </button>
      {error ? (
        <p class="field-error" role="alert" data-testid="text-rule-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
