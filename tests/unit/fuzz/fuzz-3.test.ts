// Fuzzing, part 3 of 4: 250 mutated corpus pages (seed 3, the corpus's smallest pages 50-74,
// ten mutated copies of each) through extractArticle. See tests/helpers/fuzz.ts.
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz';

describe('fuzzing extractArticle, part 3', () => {
  it('lets no exception escape, and every article is unchanged when sanitized again', async () => {
    const report = await runFuzz(3, 50, 25, 10);
    console.log(
      `fuzz part 3: ${report.pages} pages, ${report.articles} articles, answers ${JSON.stringify(report.answers)}, failures ${report.failures.length}`,
    );
    expect(report.pages).toBe(250);
    expect(report.failures).toEqual([]);
  }, 300_000);
});
