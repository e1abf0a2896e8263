// Refuse what would break or hang extraction: invalid CSS selectors, invalid regular expressions,
// and patterns whose backtracking can explode (a quantified group that itself holds a quantifier).

import { isValidSelector } from '../../core/dom/selectors';

export function selectorError(selector: string, doc: Document = document): string | null {
  const s = selector.trim();
  if (!s) return 'Enter a CSS selector.';
  return isValidSelector(doc, s) ? null : `“${s}” is not a valid CSS selector.`;
}

/** Nested quantifiers such as (a+)+, (a*)*, (\w+\s?)* are the classic catastrophic patterns. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
/** A quantified group of alternatives that can match the same text, such as (a|a)* or (\w|\d)+. */
const QUANTIFIED_ALTERNATION = /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)[+*{]/;
export const MAX_PATTERN_LENGTH = 300;

export function patternError(pattern: string, regex: boolean): string | null {
  const p = pattern.trim();
  if (!p) return 'Enter a phrase or a pattern.';
  if (p.length > MAX_PATTERN_LENGTH) return `Patterns are limited to ${MAX_PATTERN_LENGTH} characters.`;
  if (!regex) return null;
  try {
    new RegExp(p, 'iu');
  } catch (err) {
    return `Not a valid regular expression: ${(err as Error).message}`;
  }
  if (NESTED_QUANTIFIER.test(p) || QUANTIFIED_ALTERNATION.test(p)) {
    return 'This pattern repeats a repeated part, which can take forever on some text. Simplify it (for example (ab)+ rather than (a+b?)+).';
  }
  if (/\\[1-9]/.test(p)) return 'Back-references are not allowed in text rules.';
  return null;
}

/** A valid rule as a RegExp (a phrase is matched literally), or null when it is refused. */
export function compileRule(pattern: string, regex: boolean): RegExp | null {
  if (patternError(pattern, regex)) return null;
  const source = regex ? pattern.trim() : pattern.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(source, 'iu');
}
