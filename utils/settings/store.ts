// Settings live in storage.sync so they follow the user's browser profile. Where sync is missing
// or refuses a write (over its quota), they are kept in local storage instead, and read from there.
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './schema';

export const syncItem = storage.defineItem<unknown>('sync:settings', { fallback: null });
export const localItem = storage.defineItem<unknown>('local:settings', { fallback: null });
/** Set while the settings live in local storage because sync refused them. */
export const inLocalItem = storage.defineItem<boolean>('local:settings-in-local', { fallback: false });

export async function loadSettings(): Promise<Settings> {
  try {
    // All three read at once: one storage round trip instead of two in a row (the popup waits on it).
    const [inLocal, sync, local] = await Promise.all([
      inLocalItem.getValue(),
      syncItem.getValue(),
      localItem.getValue().catch(() => null),
    ]);
    return normalizeSettings((inLocal ? local : sync) ?? DEFAULT_SETTINGS);
  } catch {
    return normalizeSettings((await localItem.getValue().catch(() => null)) ?? DEFAULT_SETTINGS);
  }
}

/** Save; says where the settings went. */
export async function saveSettings(next: Settings): Promise<'sync' | 'local'> {
  const value = normalizeSettings(next);
  try {
    await syncItem.setValue(value);
    await inLocalItem.setValue(false);
    return 'sync';
  } catch {
    await localItem.setValue(value);
    await inLocalItem.setValue(true);
    return 'local';
  }
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const stops = [syncItem, localItem, inLocalItem].map((item) => item.watch(() => void loadSettings().then(cb)));
  return () => stops.forEach((stop) => stop());
}
