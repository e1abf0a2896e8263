import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('comments filter', () => {
  it('removes the comment section and its form', () => {
    const r = runFilter(
      'comments',
      `${STORY}<div id="comments"><h3>Comment on this story</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div>`,
    );
    expect(r.text).not.toContain('Comment on this story');
    expect(r.html).not.toContain('textarea');
  });

  it('removes "12 comments" prompts', () => {
    const r = runFilter('comments', `${STORY}<p>12 comments</p>`);
    expect(r.text).not.toContain('12 comments');
  });

  it('removes "Be the first to comment" prompts', () => {
    const r = runFilter('comments', `${STORY}<p>Be the first to comment</p>`);
    expect(r.text).not.toContain('Be the first');
  });

  it('keeps the comment lines of a code listing, whatever the highlighter calls them', () => {
    const r = runFilter(
      'comments',
      `${STORY}<pre><code><span class="comment"># clone the repo</span>\ngit clone https://example.org/repo.git</code></pre>`,
    );
    expect(r.text).toContain('# clone the repo');
  });
});
