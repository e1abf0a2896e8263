import { useEffect } from 'preact/hooks';
import { applyAppearance, clampAppearance, type Appearance } from '../utils/appearance';
import { useSettings } from './useSettings';

/** The stored appearance, applied to the page, and a setter that stores changes. */
export function useAppearance(): [Appearance, (next: Partial<Appearance>) => void] {
  const [settings, update] = useSettings();
  const value = settings.appearance;
  useEffect(() => applyAppearance(value), [value]);
  const set = (next: Partial<Appearance>) => {
    update((s) => ({ ...s, appearance: clampAppearance({ ...s.appearance, ...next }) })).catch(() => undefined);
  };
  return [value, set];
}
