// Fuzzing, part 3 of 4: the corpus's smallest pages 50-74, ten mutated copies each (seed 3).
import { expect, it } from 'vitest';
import { fuzzPart } from '../../helpers/fuzz';

it('fuzz part 3: no exception escapes extractArticle, every article is a fixed point of the sanitizer', async () => {
  const report = await fuzzPart(3, 3, 50);
  expect(report.pages).toBe(250);
  expect(report.failures).toEqual([]);
}, 300_000);
