// Fuzzing, part 1 of 4: the corpus's smallest pages 0-24, ten mutated copies each (seed 1).
import { expect, it } from 'vitest';
import { fuzzPart } from '../../helpers/fuzz';

it('fuzz part 1: no exception escapes extractArticle, every article is a fixed point of the sanitizer', async () => {
  const report = await fuzzPart(1, 1, 0);
  expect(report.pages).toBe(250);
  expect(report.failures).toEqual([]);
}, 300_000);
