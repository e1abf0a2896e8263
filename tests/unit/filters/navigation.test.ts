import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('navigation filter', () => {
  it('removes skip links, menus and previous/next links', () => {
    const r = runFilter(
      'navigation',
      `<a class="skip-link" href="#c">Skip to content</a><nav><a href="/">Home</a></nav>${STORY}<div><a href="/p">Previous post: Something else</a></div>`,
    );
    expect(r.text).not.toMatch(/Skip to content|Home|Previous post/);
  });

  it('removes interface text that scripts leave behind', () => {
    const r = runFilter(
      'navigation',
      `<p>Show Caption</p><p>Loading paragraph...</p>${STORY}<p>Jump to the list</p><p>Back to top ↑</p>`,
    );
    expect(r.text).not.toMatch(/Show Caption|Loading|Jump to|Back to top/);
  });
});
