import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../core/index';
import { seed } from '../../helpers/dom';

// Comparison as expected.json's notes say: ignore quote marks, surrounding space and a trailing comma.
const norm = (s: string) => s.replace(/^[\s“”"‘’']+|[\s“”"‘’',]+$/g, '');

describe('quotes and related links on the seed page', () => {
  const { doc, url, expected } = seed();
  const result = extractArticle(doc, url);
  if (!result.ok) throw new Error(result.message);
  const { quotes, relatedLinks } = result.article;

  it('finds both full quotes, spoken by Boris Johnson', () => {
    const long = quotes.filter((q) => !q.short);
    expect(long.map((q) => ({ text: norm(q.text), speaker: q.speaker }))).toEqual(
      expected.quotes.map((q) => ({ text: norm(q.text), speaker: q.speaker })),
    );
    expect(long[0]!.cue).toBe('said');
  });

  it('marks the scare-quoted phrases as short and gives them to the Foreign Office', () => {
    const short = quotes.filter((q) => q.short).slice(0, 4);
    expect(short.map((q) => q.text)).toEqual([
      'deep differences',
      'sustained and robust engagement',
      'to business as usual',
      'channels of communication',
    ]);
    for (const q of short) expect(q.speaker).toBe('The Foreign Office');
  });

  it('points each quote at its paragraph', () => {
    const first = quotes.find((q) => q.text.startsWith('Russia is a fellow'))!;
    const second = quotes.find((q) => q.text.startsWith('Of course'))!;
    expect(second.paragraphIndex).toBe(first.paragraphIndex + 1);
  });

  it('harvests the six related links, exact and in order', () => {
    expect(relatedLinks).toEqual(expected.relatedLinks);
  });
});
