import { describe, expect, it } from 'vitest';
import { runFilter, STORY } from '../../helpers/dom';

describe('related filter', () => {
  it('removes a related block opened by its heading, even with hashed classes', () => {
    const r = runFilter(
      'related',
      `${STORY}<div class="q8z"><h3>In the same category are</h3><ul><li><a href="/a">Another story</a></li></ul></div>`,
    );
    expect(r.text).not.toContain('Another story');
    expect(r.text).not.toContain('In the same category');
  });

  it.each([
    'You may be interested in the following topics as well:',
    'Good articles to read together',
    'More in Tech',
    'You might like',
  ])('removes a block headed "%s"', (heading) => {
    const r = runFilter(
      'related',
      `${STORY}<section><h3>${heading}</h3><ul><li><a href="/c">A story to read next</a></li></ul></section>`,
    );
    expect(r.text).not.toContain('A story to read next');
  });

  it('keeps a story heading that only starts like a related block', () => {
    const r = runFilter(
      'related',
      `${STORY}<h3>More in common than we think</h3><p>${'The two towns share a river and a market. '.repeat(3)}</p>`,
    );
    expect(r.text).toContain('The two towns share a river');
  });

  it('removes most-read lists', () => {
    const r = runFilter(
      'related',
      `${STORY}<section><h2>Most read</h2><ol><li><a href="/b">Popular story</a></li></ol></section>`,
    );
    expect(r.text).not.toContain('Popular story');
  });

  it('removes "You might also like: …" and "Recommended: …" lines', () => {
    const r = runFilter(
      'related',
      `${STORY}<p>You might also like: <a href="/palm">The challenges of palm oil</a></p><p>Recommended: <a href="/nyc">Best classes in NYC</a></p>`,
    );
    expect(r.text).not.toMatch(/palm oil|Best classes/);
  });
});
