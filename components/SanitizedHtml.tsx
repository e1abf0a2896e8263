// The only module that writes HTML into an extension page (npm run check enforces it). Whatever it
// is given, it sanitizes again right here, right before rendering: stored or messaged HTML is never
// trusted, even though core/ sanitized it once already.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeHtml } from '../core/sanitize';

interface Props {
  html: string;
  /** The page the HTML came from: relative URLs resolve against it, never against the extension. */
  baseUrl: string;
  class?: string;
  testId?: string;
}

export function SanitizedHtml({ html, baseUrl, class: className, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.innerHTML = sanitizeHtml(window, html, baseUrl);
  }, [html, baseUrl]);
  return <div ref={ref} class={className} data-testid={testId} />;
}
