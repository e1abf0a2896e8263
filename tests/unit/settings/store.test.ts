import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { loadSettings, saveSettings, updateSettings } from '../../../utils/settings/store';

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('starts from the defaults and keeps what is saved, in sync storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await updateSettings((s) => ({ ...s, filters: { ads: false } }))).toMatchObject({ filters: { ads: false } });
    expect(await fakeBrowser.storage.sync.get('settings')).toMatchObject({ settings: { filters: { ads: false } } });
    expect((await loadSettings()).filters).toEqual({ ads: false });
  });

  it('falls back to local storage when sync refuses the write, and reads it back from there', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveSettings({ ...DEFAULT_SETTINGS, filters: { social: false } })).toBe('local');
    expect((await loadSettings()).filters).toEqual({ social: false });
  });

  it('migrates a v1 object found in sync storage when read', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        version: 1,
        disabledFilters: ['ads'],
        sites: {},
        textRules: [],
        appearance: DEFAULT_SETTINGS.appearance,
      },
    });
    expect((await loadSettings()).filters).toEqual({ ads: false });
  });
});
