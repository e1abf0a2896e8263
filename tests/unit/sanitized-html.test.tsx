// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { SanitizedHtml } from '../../components/SanitizedHtml';

describe('SanitizedHtml', () => {
  it('sanitizes again right before rendering', () => {
    const { getByTestId } = render(
      <SanitizedHtml
        html={
          '<p>Story <img src="x" onerror="alert(1)"><a href="javascript:alert(1)">link</a><script>alert(1)</script></p>'
        }
        baseUrl="https://news.example/a"
        testId="body"
      />,
    );
    const html = getByTestId('body').innerHTML;
    expect(html).toContain('Story');
    expect(html).not.toMatch(/onerror|javascript:|<script/i);
    expect(html).toContain('src="https://news.example/x"');
  });
});
