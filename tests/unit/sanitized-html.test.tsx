// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import { SanitizedHtml } from '../../components/SanitizedHtml';

const HOSTILE =
  '<p>Story <img src="x" onerror="alert(1)"><a href="javascript:alert(1)">link</a><script>alert(1)</script></p>';

describe('SanitizedHtml', () => {
  it('writes nothing until DOMPurify has loaded, then sanitizes again right before rendering', async () => {
    const { getByTestId } = render(<SanitizedHtml html={HOSTILE} baseUrl="https://news.example/a" testId="body" />);
    const body = getByTestId('body');
    expect(body.innerHTML).toBe('');
    await waitFor(() => expect(body.innerHTML).toContain('Story'));
    expect(body.innerHTML).not.toMatch(/onerror|javascript:|<script/i);
    expect(body.innerHTML).toContain('src="https://news.example/x"');
  });

  it('renders at once when the sanitizer is already loaded', async () => {
    const { loadSanitizer } = await import('../../components/sanitizer');
    await loadSanitizer();
    const { getByTestId } = render(<SanitizedHtml html={HOSTILE} baseUrl="https://news.example/a" testId="body2" />);
    expect(getByTestId('body2').innerHTML).toContain('Story');
  });
});
