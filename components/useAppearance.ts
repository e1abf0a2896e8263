import { useEffect } from 'preact/hooks';
import { applyAppearance, clampAppearance, type Appearance } from '../utils/appearance';
import type { Settings } from '../utils/settings/schema';

type Update = (change: (s: Settings) => Settings) => Promise<Settings>;

/** Apply the stored appearance to the page, and give a setter that stores changes. Takes the
 * page's one `useSettings()` so that a page reads and watches settings once. */
export function useAppearance(settings: Settings, update: Update): (next: Partial<Appearance>) => void {
  const value = settings.appearance;
  useEffect(() => applyAppearance(value), [value]);
  return (next) => {
    update((s) => ({ ...s, appearance: clampAppearance({ ...s.appearance, ...next }) })).catch(() => undefined);
  };
}
