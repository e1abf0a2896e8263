import { describe, expect, it } from 'vitest';
import { enabledFilters, FILTERS } from '../../../core/filters/registry';
import { extractArticle } from '../../../core/index';
import { seed } from '../../helpers/dom';

describe('filter registry', () => {
  it('gives every filter a unique id, a label, a description and an example', () => {
    const ids = FILTERS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FILTERS) {
      expect(f.id).toMatch(/^[a-z-]+$/);
      expect(f.label.length).toBeGreaterThan(3);
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.example.length).toBeGreaterThan(3);
    }
  });

  it('turns filters off by id', () => {
    expect(enabledFilters(['ads']).map((f) => f.id)).not.toContain('ads');
    expect(enabledFilters().length).toBe(FILTERS.filter((f) => f.defaultEnabled).length);
  });

  it('lets the image credit come back when its filter is off', () => {
    const { doc, url } = seed();
    const result = extractArticle(doc, url, { disable: ['image-credits'] });
    expect(result.ok && result.article.textContent).toContain('Image copyright');
  });

  it('applies custom selectors and text rules per run, logged under their own ids', () => {
    const { doc, url } = seed();
    const result = extractArticle(doc, url, {
      removeSelectors: ['h2', 'not a [valid selector'],
      textPatterns: [/^The foreign secretary has been invited/],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.textContent).not.toContain('Face-to-face diplomacy');
    expect(result.article.textContent).not.toContain('The foreign secretary has been invited');
    expect(result.article.removed.map((r) => r.filter)).toEqual(
      expect.arrayContaining(['custom-selectors', 'custom-text']),
    );
  });
});
