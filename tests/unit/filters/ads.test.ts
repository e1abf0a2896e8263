import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('ads filter', () => {
  it('removes ad slots and their labels', () => {
    const r = runFilter(
      'ads',
      `${STORY}<div class="code-block"><p class="ad-label">Advertisement</p><ins class="adsbygoogle" data-ad-slot="1"></ins></div><div id="div-gpt-ad-123">x</div>`,
    );
    expect(r.text).not.toContain('Advertisement');
    expect(r.html).not.toContain('adsbygoogle');
    expect(r.html).not.toContain('div-gpt-ad');
  });

  it('removes "Story continues below advertisement" lines', () => {
    const r = runFilter('ads', `${STORY}<p class="k3j">Story continues below advertisement</p>`);
    expect(r.text).not.toContain('Story continues');
  });

  it('removes sponsor labels and review-site disclosure lines', () => {
    const r = runFilter(
      'ads',
      `${STORY}<p>In partnership with</p><p>We independently test everything we recommend.</p><p>Sponsored by Acme Bank</p>`,
    );
    expect(r.text).not.toMatch(/partnership|independently|Acme/);
    expect(r.removed?.count).toBe(3);
  });

  it('does not treat "head" or "shadow" classes as ads', () => {
    const r = runFilter(
      'ads',
      `<div class="head"><p>Headline words stay here.</p></div><div class="shadow"><p>Shadow words stay.</p></div>${STORY}`,
    );
    expect(r.text).toContain('Headline words stay here.');
    expect(r.text).toContain('Shadow words stay.');
  });

  it('removes "Article continues below" lines, but not a sentence that says so', () => {
    const r = runFilter(
      'ads',
      `${STORY}<p>Article Continues Below</p><p>The article continues below the fold with the full council vote, item by item.</p>`,
    );
    expect(r.text).not.toContain('Article Continues Below');
    expect(r.text).toContain('The article continues below the fold');
  });
});
