import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../core/sanitize';
import { extractArticle } from '../../core/index';
import { docFrom, STORY } from '../helpers/dom';

const win = new JSDOM('').window as unknown as Window;
const clean = (html: string) => sanitizeHtml(win, html, 'https://news.example/a/b.html');

describe('sanitize', () => {
  it('drops scripts, handlers, iframes, forms and styles', () => {
    const out = clean(
      '<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><iframe src="https://e.example"></iframe><form><input></form><style>p{}</style>',
    );
    expect(out).toBe('<p>Hi</p>');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java&#9;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ])('keeps no href for %s', (href) => {
    expect(clean(`<a href="${href}">x</a>`)).not.toMatch(/href/);
  });

  it('resolves relative URLs against the page, never the extension', () => {
    expect(clean('<a href="../c">c</a><img src="/i.jpg">')).toBe(
      '<a href="https://news.example/c" target="_blank" rel="noopener noreferrer">c</a><img src="https://news.example/i.jpg">',
    );
  });

  it('keeps mailto links and http(s) images only', () => {
    expect(clean('<a href="mailto:a@b.example">m</a>')).toContain('href="mailto:a@b.example"');
    expect(clean('<img src="data:image/png;base64,AAAA" alt="x">')).toBe('<img alt="x">');
  });

  it('gives extractArticle output that is unchanged when sanitized again', () => {
    const doc = docFrom(
      `<body>${STORY}<p><a href="JAVASCRIPT:alert(1)">bad</a> <img src=x onerror="alert(1)"></p></body>`,
    );
    const r = extractArticle(doc, doc.URL);
    if (!r.ok) throw new Error(r.message);
    expect(r.article.contentHtml).not.toMatch(/onerror|javascript:/i);
    expect(sanitizeHtml(win, r.article.contentHtml, doc.URL)).toBe(r.article.contentHtml);
  });
});

describe('sanitize where DOMPurify cannot work', () => {
  it('fails closed instead of passing HTML through', () => {
    const fakeWindow = { document: {} } as unknown as Window;
    expect(() => sanitizeHtml(fakeWindow, '<img src=x onerror=alert(1)>', 'https://a.example/')).toThrow(/sanitizer/);
  });
});
