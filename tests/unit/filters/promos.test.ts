import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('promos filter', () => {
  it('removes a promo and the blocks that finish its sentence', () => {
    const r = runFilter(
      'promos',
      `${STORY}<p>Need something to share, visit our sister site for the</p><p><a href="https://x.example/">News in the last 30 days</a></p><p>in a clear concise package ….</p><p>The vote is expected next week.</p>`,
    );
    expect(r.text).not.toMatch(/sister site|last 30 days|clear concise/);
    expect(r.text).toContain('The vote is expected next week.');
    expect(r.removed?.count).toBe(3);
  });

  it('removes "visit our art website" plugs', () => {
    const r = runFilter(
      'promos',
      `${STORY}<p>If you are an artist or interested in art, visit our <a href="/">art website</a> and read about todays artscene</p>`,
    );
    expect(r.text).not.toContain('art website');
  });
});
