import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pruneForSanitizer, sanitizeHtml, sanitizeToBody } from '../../core/sanitize';
import { extractArticle } from '../../core/index';
import { docFrom, STORY } from '../helpers/dom';

const win = new JSDOM('').window as unknown as Window;
const clean = (html: string) => sanitizeHtml(win, html, 'https://news.example/a/b.html');

describe('sanitize', () => {
  // pruneForSanitizer only saves the sanitizer work: whatever it leaves, the output must be what
  // sanitizing the unpruned HTML gives.
  it.each([
    '<p>Chart <svg><title>t</title><path d="M0"/></svg> below</p>',
    '<noscript><p>Enable JS</p></noscript><p>Story</p>',
    '<my-card><p>Card <b>text</b></p></my-card><!-- note --><p>After</p>',
    '<font color="red">Old</font> <center>mid</center> <button>Go</button>',
    '<video><p>Fallback</p></video><audio>x</audio><math><mi>x</mi></math>',
    '<a href="/a">one <object><a href="/b">two</a></object> three</a>',
    '<table><colgroup><col></colgroup><thead><tr><th>h</th></tr></thead><tr><td>d</td></tr></table>',
    '<p><iframe src="https://e.example"></iframe><select><option>o</option></select>Text</p>',
  ])('pruning first changes nothing in the output: %s', (inner) => {
    // Wrapped as Readability wraps a story: leading <noscript> in a bare string would be parsed
    // into the <head> by the sanitizer's parser, not sanitized at all.
    const html = `<div>${inner}</div>`;
    const host = new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
    pruneForSanitizer(host);
    const url = 'https://news.example/a/b.html';
    expect(sanitizeToBody(win, host.innerHTML, url).innerHTML).toBe(sanitizeToBody(win, html, url).innerHTML);
  });

  it('keeps no <body> tag or its attributes from the input', () => {
    const out = sanitizeToBody(win, '<p>a</p><body onload="x()" class="c"><p>b</p>', 'https://news.example/');
    expect(out.innerHTML).toBe('<p>a</p><p>b</p>');
    expect(out.attributes.length).toBe(0);
  });

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
