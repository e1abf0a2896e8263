import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings/store';

/** The stored settings, kept current when another page changes them. */
export function useSettings(): [Settings, (change: (s: Settings) => Settings) => Promise<Settings>, boolean] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    loadSettings()
      .then((s) => {
        if (!alive) return;
        setSettings(s);
        setLoaded(true);
      })
      .catch(() => setLoaded(true));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const update = async (change: (s: Settings) => Settings) => {
    const next = await updateSettings(change);
    setSettings(next);
    return next;
  };
  return [settings, update, loaded];
}
