import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('cookies filter', () => {
  it('removes cookie banners by markup and by text', () => {
    const r = runFilter(
      'cookies',
      `${STORY}<div id="cookie-notice">We use cookies. <button>Accept</button></div><div class="zz">We use cookies to improve your experience.</div>`,
    );
    expect(r.text).not.toMatch(/cookies/i);
  });
});
