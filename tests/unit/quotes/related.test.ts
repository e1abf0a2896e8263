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

  it('takes the run of link lines after a heading, and stops at story text', () => {
    const links = harvest(`<h3>Related resources</h3>
      <p><a href="/r1">Digital marketing charts for every state</a></p>
      <p><a href="/r2">Three examples of how teams found the hook</a></p>
      <p>Here is the full data table, with <a href="/t">a link in a sentence</a> in it.</p>`);
    expect(links.map((l) => l.url)).toEqual(['https://news.example/r1', 'https://news.example/r2']);
  });

  it('takes a list after a lead-in line: "For more here, check out:", "PS: Check out the rest of our …"', () => {
    const links = harvest(`<p><strong>For more here, check out:</strong></p>
      <p><strong>#1)</strong> The guide <a href="/g1">How to Check Your Progress</a></p>
      <p><strong>PS: Check out the rest of our beginner content.</strong> I promise, it is good.</p>
      <ul><li><a href="/g2">Beginner Dumbbell Workout plan</a></li><li><a href="/g3">How to Find a Good Trainer</a></li></ul>`);
    expect(links.map((l) => l.url)).toEqual(['/g1', '/g2', '/g3'].map((p) => `https://news.example${p}`));
  });

  it('takes a call to read on that ends a line, but not a button-like link alone', () => {
    const links =
      harvest(`<p>These moves are the staple. Want to learn more? Check out <a href="/c1">The 12 Best Compound Exercises</a>.</p>
      <p>Discover three creators’ <a href="/c2">go-to gear and video podcast setups</a>.</p>
      <p><a href="/c3">Watch Full Episodes now</a></p>
      <p>Check out <a href="/c4">our shop</a> and read on about the engine.</p>`);
    expect(links.map((l) => l.url)).toEqual(['https://news.example/c1', 'https://news.example/c2']);
  });

  it('leaves out a related-classed list that titles itself as site-wide', () => {
    const links = harvest(`<div class="row related-articles"><div><h5>LATEST STORIES</h5></div><div><ul>
      <li class="each-related-article"><a href="/l1">Some other story from today entirely</a></li></ul></div></div>
      <div class="recirc"><h4>More Serious Eats Recipes</h4><div class="related-article-list"><a href="/l2">The best coffee makers we tested</a></div></div>`);
    expect(links).toEqual([]);
  });
});
