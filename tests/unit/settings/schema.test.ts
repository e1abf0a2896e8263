import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateV1,
  normalizeSettings,
  SETTINGS_VERSION,
  type SettingsV1,
} from '../../../utils/settings/schema';

const v1 = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/settings/v1.json'), 'utf8'),
) as SettingsV1;

describe('settings schema', () => {
  it('migrates v1 (lists of turned-off filters) to the current version', () => {
    const s = migrateV1(v1);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.filters).toEqual({ 'image-credits': false, promos: false });
    expect(s.sites['news.example.com']).toEqual({ filters: { ads: false }, remove: ['.sidebar'], keep: [] });
    expect(s.textRules).toEqual([{ pattern: 'Sponsored by', regex: false }]);
    expect(s.appearance).toEqual({ theme: 'sepia', fontSize: 20, width: 70 });
    expect(normalizeSettings(v1)).toEqual(s);
  });

  it('turns anything into valid settings, dropping what is not', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({
      filters: { ads: false, social: 'no' },
      sites: {
        'not a host!': { remove: ['x'] },
        'A.Example': { filters: { ads: true }, remove: ['.a', 3, ''], keep: 'nope' },
      },
      textRules: [{ pattern: 'x', regex: 1 }, { nope: true }],
      appearance: { theme: 'neon', fontSize: 99, width: 'wide' },
      extra: 1,
    });
    expect(s.filters).toEqual({ ads: false });
    expect(s.sites).toEqual({ 'a.example': { filters: { ads: true }, remove: ['.a'], keep: [] } });
    expect(s.textRules).toEqual([{ pattern: 'x', regex: true }]);
    expect(s.appearance).toEqual({ theme: 'auto', fontSize: 26, width: 68 });
    expect('extra' in s).toBe(false);
  });
});
