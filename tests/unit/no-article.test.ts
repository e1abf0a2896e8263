import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/index';
import { docFrom } from '../helpers/dom';

describe('pages that are not articles', () => {
  it('answers "no article" for a sign-in page, without throwing', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/no-article.html'), 'utf8');
    const r = extractArticle(docFrom(html), 'https://example.com/login');
    expect(r).toEqual({ ok: false, reason: 'no-article', message: 'No article found on this page.' });
  });

  it('answers "no article" for an empty document', () => {
    const r = extractArticle(docFrom(''), 'https://example.com/');
    expect(r.ok).toBe(false);
  });

  it('refuses a page too large to simplify with a clear message', () => {
    const big = `<body>${'<div><span>x</span></div>'.repeat(31_000)}</body>`;
    const r = extractArticle(docFrom(big), 'https://example.com/huge');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('too-large');
      expect(r.message).toMatch(/too large/);
    }
  });
});
