// Fuzzing, part 2 of 4: 250 mutated corpus pages (seed 2, the corpus's smallest pages 25-49,
// ten mutated copies of each) through extractArticle. See tests/helpers/fuzz.ts.
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz';

describe('fuzzing extractArticle, part 2', () => {
  it('lets no exception escape, and every article is unchanged when sanitized again', async () => {
    const report = await runFuzz(2, 25, 25, 10);
    console.log(
      `fuzz part 2: ${report.pages} pages, ${report.articles} articles, answers ${JSON.stringify(report.answers)}, failures ${report.failures.length}`,
    );
    expect(report.pages).toBe(250);
    expect(report.failures).toEqual([]);
  }, 300_000);
});
