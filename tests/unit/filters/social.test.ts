import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('social filter', () => {
  it('removes share bars by markup', () => {
    const r = runFilter(
      'social',
      `<div class="sharedaddy"><h3>Share this:</h3><a href="?share=facebook">Facebook</a></div>${STORY}`,
    );
    expect(r.text).not.toContain('Share this');
    expect(r.removed?.count).toBeGreaterThan(0);
  });

  it('removes social prompts written as plain paragraphs (hashed class names)', () => {
    const r = runFilter(
      'social',
      `${STORY}<p class="x1a2b">Dont forget to “Like” us on Facebook</p><p class="c9">Follow us on Twitter for the latest news.</p><p>Click to share on Twitter</p>`,
    );
    expect(r.text).not.toMatch(/Like” us|Follow us|Click to share/);
  });

  it('removes invitations to groups, to spread the word and to follow a page by its name', () => {
    const r = runFilter(
      'social',
      `${STORY}<p>Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations</p><p>Help me spread the word about this podcast!</p><p>Stay connected with me!</p><p>Follow Hardtail Canada</p><p>Share Tech World With Milan Newsletter</p><p>Playful Void is ours. If you liked this article, please consider liking, sharing, and subscribing.</p>`,
    );
    expect(r.text).not.toMatch(/Facebook group|spread the word|Stay connected|Hardtail|Milan|liked this article/);
    expect(r.removed?.count).toBe(6);
  });

  it('keeps a sentence that starts with "Follow" and goes on', () => {
    const r = runFilter(
      'social',
      `${STORY}<p>Follow the river north for two miles to reach the old mill.</p><h3>Follow The Money</h3>`,
    );
    expect(r.text).toContain('Follow the river north');
    expect(r.text).toContain('Follow The Money');
  });

  it('keeps a story paragraph about social media', () => {
    const r = runFilter(
      'social',
      `${STORY}<p>Regulators said the company would have to share data with researchers studying how posts spread on social networks.</p>`,
    );
    expect(r.text).toContain('Regulators said the company would have to share data');
  });

  it('never removes the story container even when its class says "share"', () => {
    const r = runFilter('social', `<div class="share-enabled">${STORY}</div>`);
    expect(r.text).toContain('The council approved the new budget');
  });
});
