// Fuzzing, part 1 of 4: 250 mutated corpus pages (seed 1, the corpus's smallest pages 0-24,
// ten mutated copies of each) through extractArticle. See tests/helpers/fuzz.ts.
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz';

describe('fuzzing extractArticle, part 1', () => {
  it('lets no exception escape, and every article is unchanged when sanitized again', async () => {
    const report = await runFuzz(1, 0, 25, 10);
    console.log(
      `fuzz part 1: ${report.pages} pages, ${report.articles} articles, answers ${JSON.stringify(report.answers)}, failures ${report.failures.length}`,
    );
    expect(report.pages).toBe(250);
    expect(report.failures).toEqual([]);
  }, 300_000);
});
