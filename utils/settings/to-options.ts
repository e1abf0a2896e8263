// From the user's settings to the options of one extraction on one site.
import type { ExtractOptions } from '../../core/types';
import { FILTERS } from '../../core/filters/registry';
import type { Settings } from './schema';
import { compileRule } from './validate';

export function siteRuleFor(settings: Settings, hostname: string) {
  const host = hostname.toLowerCase();
  return settings.sites[host] ?? settings.sites[host.replace(/^www\./, '')];
}

export function extractOptionsFor(settings: Settings, hostname: string): ExtractOptions {
  const site = siteRuleFor(settings, hostname);
  const disable: string[] = [];
  const enable: string[] = [];
  for (const f of FILTERS) {
    const on = site?.filters[f.id] ?? settings.filters[f.id] ?? f.defaultEnabled;
    if (!on) disable.push(f.id);
    else if (!f.defaultEnabled) enable.push(f.id);
  }
  return {
    disable,
    enable,
    removeSelectors: site?.remove ?? [],
    keepSelectors: site?.keep ?? [],
    textPatterns: settings.textRules.map((r) => compileRule(r.pattern, r.regex)).filter((r): r is RegExp => r !== null),
  };
}
