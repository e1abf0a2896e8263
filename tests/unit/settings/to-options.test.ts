import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { extractOptionsFor } from '../../../utils/settings/to-options';
import { extractArticle } from '../../../core/index';
import { seed } from '../../helpers/dom';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  filters: { ads: false },
  sites: { '127.0.0.1': { filters: { 'image-credits': false, ads: true }, remove: ['h2'], keep: ['.keep-me'] } },
  textRules: [
    { pattern: 'Sponsored by', regex: false },
    { pattern: '(a+)+$', regex: true },
  ],
};

describe('settings to extraction options', () => {
  it('applies global choices on other sites', () => {
    const o = extractOptionsFor(settings, 'news.example.com');
    expect(o.disable).toEqual(['ads']);
    expect(o.removeSelectors).toEqual([]);
    expect(o.textPatterns!.map((r) => r.source)).toEqual(['Sponsored by']);
  });

  it('lets a site rule override the global choice', () => {
    const o = extractOptionsFor(settings, '127.0.0.1');
    expect(o.disable).toEqual(['image-credits']);
    expect(o.removeSelectors).toEqual(['h2']);
    expect(o.keepSelectors).toEqual(['.keep-me']);
  });

  it('changes what the seed page extracts', () => {
    const { doc, url } = seed();
    const r = extractArticle(doc, url, extractOptionsFor(settings, '127.0.0.1'));
    if (!r.ok) throw new Error(r.message);
    expect(r.article.textContent).toContain('Image copyright');
    expect(r.article.textContent).not.toContain('Face-to-face diplomacy');
  });
});
