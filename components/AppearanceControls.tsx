import type { Appearance, Theme } from '../utils/appearance';
import { FONT_SIZES, WIDTHS } from '../utils/appearance';

const THEMES: { id: Theme; label: string }[] = [
  { id: 'auto', label: 'Auto' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'sepia', label: 'Sepia' },
];

export function AppearanceControls({
  value,
  onChange,
}: {
  value: Appearance;
  onChange: (a: Partial<Appearance>) => void;
}) {
  return (
    <div class="appearance" role="group" aria-label="Appearance">
      <label>
        Theme{' '}
        <select
          value={value.theme}
          onChange={(e) => onChange({ theme: (e.currentTarget as HTMLSelectElement).value as Theme })}
        >
          {THEMES.map((t) => (
            <option value={t.id} key={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <span class="stepper">
        <button
          type="button"
          title="Smaller text"
          disabled={value.fontSize <= FONT_SIZES.min}
          onClick={() => onChange({ fontSize: value.fontSize - FONT_SIZES.step })}
        >
          <span aria-hidden="true">A−</span>
          <span class="sr-only">Smaller text</span>
        </button>
        <button
          type="button"
          title="Larger text"
          disabled={value.fontSize >= FONT_SIZES.max}
          onClick={() => onChange({ fontSize: value.fontSize + FONT_SIZES.step })}
        >
          <span aria-hidden="true">A+</span>
          <span class="sr-only">Larger text</span>
        </button>
      </span>
      <span class="stepper">
        <button
          type="button"
          title="Narrower column"
          disabled={value.width <= WIDTHS.min}
          onClick={() => onChange({ width: value.width - WIDTHS.step })}
        >
          <span aria-hidden="true">⇤⇥</span>
          <span class="sr-only">Narrower column</span>
        </button>
        <button
          type="button"
          title="Wider column"
          disabled={value.width >= WIDTHS.max}
          onClick={() => onChange({ width: value.width + WIDTHS.step })}
        >
          <span aria-hidden="true">⇠⇢</span>
          <span class="sr-only">Wider column</span>
        </button>
      </span>
    </div>
  );
}
