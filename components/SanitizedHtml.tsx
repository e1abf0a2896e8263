// The only module that writes HTML into an extension page (npm run check enforces it). Whatever it
// is given, it sanitizes again right here, right before rendering: stored or messaged HTML is never
// trusted, even though core/ sanitized it once already. Until DOMPurify has loaded, nothing is
// written at all.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { loadSanitizer, sanitizerIfLoaded } from './sanitizer';

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
    let current = true;
    const write = (m: NonNullable<ReturnType<typeof sanitizerIfLoaded>>) => {
      if (!current || !ref.current) return;
      ref.current.innerHTML = m.sanitizeHtml(window, html, baseUrl);
      // For the benchmark (npm run bench): when the story was on screen, from the page's start.
      performance.mark('verbatim:story-shown');
    };
    const now = sanitizerIfLoaded();
    if (now) write(now);
    else void loadSanitizer().then(write);
    return () => {
      current = false;
    };
  }, [html, baseUrl]);
  return <div ref={ref} class={className} data-testid={testId} />;
}
