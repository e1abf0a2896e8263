// The user's settings: one versioned schema, with a migration per version and a normalizer that
// storage reads and imports both go through (settings come back from sync storage and from files).
import { DEFAULT_APPEARANCE, clampAppearance, type Appearance } from '../appearance';

export const SETTINGS_VERSION = 2;

export interface SiteRule {
  /** Filter id -> on/off for this site, over the global choice. */
  filters: Record<string, boolean>;
  /** CSS selectors whose elements are removed on this site. */
  remove: string[];
  /** CSS selectors that no filter may remove on this site. */
  keep: string[];
}

export interface TextRule {
  pattern: string;
  /** false: a plain phrase, matched anywhere in a block, case-insensitive. */
  regex: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Filter id -> on/off; a filter not listed keeps its default. */
  filters: Record<string, boolean>;
  /** Hostname -> rule. */
  sites: Record<string, SiteRule>;
  textRules: TextRule[];
  appearance: Appearance;
  showShortQuotes: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  filters: {},
  sites: {},
  textRules: [],
  appearance: DEFAULT_APPEARANCE,
  showShortQuotes: false,
};

/** Version 1 kept turned-off filters as a list and had no per-site keep selectors. */
export interface SettingsV1 {
  version: 1;
  disabledFilters: string[];
  sites: Record<string, { disabled: string[]; remove: string[] }>;
  textRules: TextRule[];
  appearance: Appearance;
}

export function migrateV1(v1: SettingsV1): Settings {
  return normalizeSettings({
    version: SETTINGS_VERSION,
    filters: Object.fromEntries((v1.disabledFilters ?? []).map((id) => [id, false])),
    sites: Object.fromEntries(
      Object.entries(v1.sites ?? {}).map(([host, r]) => [
        host,
        { filters: Object.fromEntries((r.disabled ?? []).map((id) => [id, false])), remove: r.remove ?? [], keep: [] },
      ]),
    ),
    textRules: v1.textRules ?? [],
    appearance: v1.appearance ?? DEFAULT_APPEARANCE,
    showShortQuotes: false,
  });
}

/** Whatever came from storage or a file, as valid settings (unknown keys dropped, bad values defaulted). */
export function normalizeSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (o.version === 1) return migrateV1(o as unknown as SettingsV1);
  const sites = (o.sites && typeof o.sites === 'object' ? o.sites : {}) as Record<string, unknown>;
  return {
    version: SETTINGS_VERSION,
    filters: boolMap(o.filters),
    sites: Object.fromEntries(
      Object.entries(sites)
        .filter(([host]) => isHostname(host))
        .map(([host, r]) => {
          const rule = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
          return [
            host.toLowerCase(),
            { filters: boolMap(rule.filters), remove: strings(rule.remove), keep: strings(rule.keep) },
          ];
        }),
    ),
    textRules: Array.isArray(o.textRules)
      ? o.textRules
          .filter((t): t is TextRule => Boolean(t) && typeof (t as TextRule).pattern === 'string')
          .map((t) => ({ pattern: t.pattern, regex: Boolean(t.regex) }))
      : [],
    appearance: clampAppearance((o.appearance ?? {}) as Partial<Appearance>),
    showShortQuotes: Boolean(o.showShortQuotes),
  };
}

export function isHostname(s: string): boolean {
  return /^(?=.{1,253}$)(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/i.test(s);
}

function boolMap(v: unknown): Record<string, boolean> {
  if (!v || typeof v !== 'object') return {};
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>).filter(([, b]) => typeof b === 'boolean'),
  ) as Record<string, boolean>;
}

function strings(v: unknown): string[] {
  return Array.isArray(v)
    ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim())
    : [];
}
