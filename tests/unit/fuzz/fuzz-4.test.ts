// Fuzzing, part 4 of 4: 250 mutated corpus pages (seed 4, the corpus's smallest pages 75-99,
// ten mutated copies of each) through extractArticle. See tests/helpers/fuzz.ts.
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz';

describe('fuzzing extractArticle, part 4', () => {
  it('lets no exception escape, and every article is unchanged when sanitized again', async () => {
    const report = await runFuzz(4, 75, 25, 10);
    console.log(
      `fuzz part 4: ${report.pages} pages, ${report.articles} articles, answers ${JSON.stringify(report.answers)}, failures ${report.failures.length}`,
    );
    expect(report.pages).toBe(250);
    expect(report.failures).toEqual([]);
  }, 300_000);
});
