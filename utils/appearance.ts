// Reading appearance (theme, text size, column width). Stored with the settings (utils/settings),
// so the popup, the reader tab and the options page share one remembered choice.
export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
export interface Appearance {
  theme: Theme;
  /** Text size in px. */
  fontSize: number;
  /** Column width in characters. */
  width: number;
}

export const DEFAULT_APPEARANCE: Appearance = { theme: 'auto', fontSize: 17, width: 68 };
export const FONT_SIZES = { min: 13, max: 26, step: 1 };
export const WIDTHS = { min: 45, max: 100, step: 5 };

export function clampAppearance(a: Partial<Appearance>): Appearance {
  const theme: Theme = ['auto', 'light', 'dark', 'sepia'].includes(a.theme as string) ? (a.theme as Theme) : 'auto';
  const clamp = (n: unknown, lo: number, hi: number, d: number) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : d;
  return {
    theme,
    fontSize: clamp(a.fontSize, FONT_SIZES.min, FONT_SIZES.max, DEFAULT_APPEARANCE.fontSize),
    width: clamp(a.width, WIDTHS.min, WIDTHS.max, DEFAULT_APPEARANCE.width),
  };
}

/** Put the appearance on the page: a data-theme attribute and two CSS variables. */
export function applyAppearance(a: Appearance, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = a.theme;
  root.style.setProperty('--vb-font-size', `${a.fontSize}px`);
  root.style.setProperty('--vb-width', `${a.width}ch`);
}
