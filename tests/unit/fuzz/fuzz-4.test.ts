// Fuzzing, part 4 of 4: the corpus's smallest pages 75-99, ten mutated copies each (seed 4).
import { expect, it } from 'vitest';
import { fuzzPart } from '../../helpers/fuzz';

it('fuzz part 4: no exception escapes extractArticle, every article is a fixed point of the sanitizer', async () => {
  const report = await fuzzPart(4, 4, 75);
  expect(report.pages).toBe(250);
  expect(report.failures).toEqual([]);
}, 300_000);
