import { describe, expect, it } from 'vitest';
import { harvestRelatedLinks } from '../../../core/related';
import { docFrom } from '../../helpers/dom';

const harvest = (body: string) => {
  const doc = docFrom(`<body>${body}</body>`, 'https://news.example/2024/story/');
  return harvestRelatedLinks(doc.body, doc.URL);
};

describe('related links', () => {
  it('takes a "More on this story" block with clean titles and absolute URLs', () => {
    const links = harvest(`<p>Story text.</p><div><h2>More on this story</h2><ul>
      <li><a href="/a/one">First related headline here</a> <span>An excerpt that must not be in the title</span></li>
      <li><a href="https://news.example/a/two?utm_source=x">Second related headline here</a></li></ul></div>`);
    expect(links).toEqual([
      { title: 'First related headline here', url: 'https://news.example/a/one' },
      { title: 'Second related headline here', url: 'https://news.example/a/two?utm_source=x' },
    ]);
  });

  it('takes inline "READ MORE:" lines', () => {
    expect(harvest('<p>READ MORE: <a href="/b">Minister resigns over the housing plan</a></p>')).toEqual([
      { title: 'Minister resigns over the housing plan', url: 'https://news.example/b' },
    ]);
  });

  it('leaves out most-read lists, navigation, tags, share links and sponsored widgets', () => {
    const links = harvest(`
      <nav><a href="/politics">Politics section front page</a></nav>
      <section><h2>Most read</h2><ul><li><a href="/x">A popular story everyone reads</a></li></ul></section>
      <div class="related-posts"><a href="/tag/russia">Russia tag page link</a><a href="https://www.facebook.com/sharer/sharer.php?u=1">Share on Facebook now</a></div>
      <div class="outbrain"><h3>Related</h3><a href="https://ads.example/p">Promoted weird trick story</a></div>`);
    expect(links).toEqual([]);
  });

  it('de-duplicates an image link and a headline link to the same story', () => {
    const links = harvest(
      `<div><h3>Related</h3><a href="/c"><img alt=""></a><a href="/c">The headline of the related story</a></div>`,
    );
    expect(links).toEqual([{ title: 'The headline of the related story', url: 'https://news.example/c' }]);
  });
});
