import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/index';
import { docFrom, STORY } from '../helpers/dom';

describe('buttons inside sentences', () => {
  it('keeps a name a sentence runs through and drops control buttons', () => {
    const doc = docFrom(
      `<body><article>${STORY}<p>The definition holds true, according to<button class="sidenote">Mikey Shulman,</button> a lecturer at MIT Sloan and head of machine learning.</p><p><button>Copy link</button></p></article></body>`,
    );
    const r = extractArticle(doc, doc.URL);
    if (!r.ok) throw new Error(r.message);
    expect(r.article.textContent).toMatch(/according to ?Mikey Shulman, a lecturer at MIT Sloan/);
    expect(r.article.textContent).not.toMatch(/Copy link/);
    expect(r.article.contentHtml).not.toMatch(/<button/);
  });
});
