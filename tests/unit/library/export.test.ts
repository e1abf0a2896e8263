// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toHtml, toJson, toMarkdownZip } from '../../../utils/library/export';
import { crc32 } from '../../../utils/zip';
import { makeArticle } from '../../helpers/article';
import type { SavedArticle } from '../../../utils/library/types';

const saved = (i: number, html?: string): SavedArticle => ({
  schema: 2,
  id: `id${i}`,
  url: `https://news.example/2024/story-${i}`,
  savedAt: '2024-05-02T08:00:00.000Z',
  updatedAt: '2024-05-02T08:00:00.000Z',
  read: false,
  article: makeArticle(i, html ? { contentHtml: html } : {}),
});

describe('library export', () => {
  it('writes re-importable JSON with everything', () => {
    const parsed = JSON.parse(toJson([saved(1)]));
    expect(parsed).toMatchObject({ kind: 'verbatim-library', version: 2, articles: [saved(1)] });
  });

  it('zips one Markdown file per article with a YAML header', async () => {
    const zip = await toMarkdownZip([saved(1), saved(2)]);
    const text = new TextDecoder().decode(zip);
    expect(text.startsWith('PK\u0003\u0004')).toBe(true);
    expect(text).toContain('story-number-1.md');
    expect(text).toContain('story-number-2.md');
    expect(text).toContain(
      '---\ntitle: "Story number 1"\nbyline: "Jane Reporter"\nsite: "News Example"\nurl: "https://news.example/2024/story-1"\nsaved: "2024-05-02T08:00:00.000Z"\nspeakers: ["Boris Johnson"]\n---',
    );
    expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('writes one self-contained HTML file, sanitized again and with a locked-down CSP', () => {
    const html = toHtml([saved(1, '<p>Safe</p><img src=x onerror=alert(1)><script>alert(2)</script>')]);
    expect(html).toContain('<p>Safe</p>');
    expect(html).not.toMatch(/onerror|<script>alert/);
    expect(html).toContain("default-src 'none'");
  });
});
