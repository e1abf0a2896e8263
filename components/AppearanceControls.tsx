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
        <StepButton
          symbol="A−"
          label="Smaller text"
          disabled={value.fontSize <= FONT_SIZES.min}
          onClick={() => onChange({ fontSize: value.fontSize - FONT_SIZES.step })}
        />
        <StepButton
          symbol="A+"
          label="Larger text"
          disabled={value.fontSize >= FONT_SIZES.max}
          onClick={() => onChange({ fontSize: value.fontSize + FONT_SIZES.step })}
        />
      </span>
      <span class="stepper">
        <StepButton
          symbol="⇤⇥"
          label="Narrower column"
          disabled={value.width <= WIDTHS.min}
          onClick={() => onChange({ width: value.width - WIDTHS.step })}
        />
        <StepButton
          symbol="⇠⇢"
          label="Wider column"
          disabled={value.width >= WIDTHS.max}
          onClick={() => onChange({ width: value.width + WIDTHS.step })}
        />
      </span>
    </div>
  );
}

/** A small button showing a symbol, named for screen readers by its visible-text-free label. */
function StepButton({
  symbol,
  label,
  disabled,
  onClick,
}: {
  symbol: string;
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" title={label} disabled={disabled} onClick={onClick}>
      <span aria-hidden="true">{symbol}</span>
      <span class="sr-only">{label}</span>
    </button>
  );
}
