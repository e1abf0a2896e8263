import { useEffect, useState } from 'preact/hooks';
import {
  appearanceItem,
  applyAppearance,
  clampAppearance,
  DEFAULT_APPEARANCE,
  type Appearance,
} from '../utils/appearance';

/** The stored appearance, applied to the page, and a setter that stores changes. */
export function useAppearance(): [Appearance, (next: Partial<Appearance>) => void] {
  const [value, setValue] = useState<Appearance>(DEFAULT_APPEARANCE);
  useEffect(() => {
    let alive = true;
    appearanceItem
      .getValue()
      .then((v) => alive && setValue(clampAppearance(v)))
      .catch(() => undefined);
    const unwatch = appearanceItem.watch((v) => setValue(clampAppearance(v ?? DEFAULT_APPEARANCE)));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  useEffect(() => applyAppearance(value), [value]);
  const update = (next: Partial<Appearance>) => {
    const merged = clampAppearance({ ...value, ...next });
    setValue(merged);
    appearanceItem.setValue(merged).catch(() => undefined);
  };
  return [value, update];
}
