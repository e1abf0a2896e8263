// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compileRule, patternError, selectorError } from '../../../utils/settings/validate';

describe('rule validation', () => {
  it('accepts CSS selectors and refuses broken ones with a message', () => {
    expect(selectorError('.sidebar > .ad, #promo')).toBeNull();
    expect(selectorError('div[')).toMatch(/not a valid CSS selector/);
    expect(selectorError('  ')).toMatch(/Enter/);
  });

  it('accepts phrases and safe patterns', () => {
    expect(patternError('Sponsored by (ACME)', false)).toBeNull();
    expect(patternError('^Read more:', true)).toBeNull();
    expect(compileRule('a.b', false)!.test('axb')).toBe(false);
  });

  it.each(['(a+)+$', '(a*)*b', '(\\w+\\s?)*$', '(a|aa)+$', '(x+x+)+y'])('refuses the catastrophic pattern %s', (p) => {
    expect(patternError(p, true)).toMatch(/forever/);
    expect(compileRule(p, true)).toBeNull();
  });

  it('refuses invalid and back-referencing patterns', () => {
    expect(patternError('(unclosed', true)).toMatch(/Not a valid regular expression/);
    expect(patternError('(a)\\1', true)).toMatch(/Back-references/);
  });
});
