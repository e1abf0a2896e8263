import { describe, expect, it } from 'vitest';
import { runFilter, STORY, docFrom } from '../../helpers/dom';
import { findSourceUrl } from '../../../core/source-url';

describe('source-link filter', () => {
  const line =
    '<p><strong>View the original article:</strong> <a href="https://www.bbc.co.uk/news/1">https://www.bbc.co.uk/news/1</a></p>';

  it('removes the "View the original article" line from the body', () => {
    const r = runFilter('source-link', `${STORY}${line}`);
    expect(r.text).not.toContain('View the original article');
  });

  it('reads its link as the source URL', () => {
    const doc = docFrom(`<body>${STORY}${line}</body>`);
    expect(findSourceUrl(doc.body, doc.URL)).toBe('https://www.bbc.co.uk/news/1');
  });
});
