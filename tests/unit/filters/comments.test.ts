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
});
