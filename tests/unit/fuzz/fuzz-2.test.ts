// Fuzzing, part 2 of 4: the corpus's smallest pages 25-49, ten mutated copies each (seed 2).
import { expect, it } from 'vitest';
import { fuzzPart } from '../../helpers/fuzz';

it('fuzz part 2: no exception escapes extractArticle, every article is a fixed point of the sanitizer', async () => {
  const report = await fuzzPart(2, 2, 25);
  expect(report.pages).toBe(250);
  expect(report.failures).toEqual([]);
}, 300_000);
