import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('newsletter filter', () => {
  it('removes sign-up boxes by heading and by email form', () => {
    const r = runFilter(
      'newsletter',
      `${STORY}<section class="w9"><h2>Get the daily briefing</h2><form><input type="email"><button>Sign up</button></form></section>`,
    );
    expect(r.text).not.toContain('daily briefing');
    expect(r.html).not.toContain('type="email"');
  });

  it('removes inline sign-up prompts', () => {
    const r = runFilter(
      'newsletter',
      `${STORY}<p>Sign up for our free morning newsletter to get the news in your inbox.</p>`,
    );
    expect(r.text).not.toContain('Sign up');
  });

  it('removes mailing-list invitations and subscriber-only notices', () => {
    const r = runFilter(
      'newsletter',
      `${STORY}<p>Join our mailing list! Get a newsletter when an episode is published</p><h4>Join Our Newsletter</h4><p>This article is exclusive to STAT+ subscribers</p>`,
    );
    expect(r.text).not.toMatch(/mailing list|Join Our Newsletter|exclusive to/);
  });

  it('removes a sign-up line that opens with a question', () => {
    const r = runFilter(
      'newsletter',
      `${STORY}<p>Want more from Select? Sign up for our newsletter, The Selection, and shop smarter.</p>`,
    );
    expect(r.text).not.toContain('Want more from Select');
  });
});
