import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('author-tags filter', () => {
  it('removes tag lists and category lines', () => {
    const r = runFilter(
      'author-tags',
      `${STORY}<footer><span class="cat-links">Posted in <a rel="category tag" href="/c">Politics</a></span> <span class="tags-links">Tagged <a rel="tag" href="/t">Russia</a></span></footer>`,
    );
    expect(r.text).not.toMatch(/Posted in|Tagged/);
  });

  it('removes an author bio box', () => {
    const r = runFilter('author-tags', `${STORY}<div class="author-bio"><p>Jane writes about housing.</p></div>`);
    expect(r.text).not.toContain('Jane writes about housing.');
  });

  it('removes reading-time lines', () => {
    const r = runFilter('author-tags', `<p>7 min read</p>${STORY}<p>Reading time: 8 minutes</p>`);
    expect(r.text).not.toMatch(/min read|Reading time/);
  });
});
