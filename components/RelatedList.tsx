import type { RelatedLink } from '../core/types';

export function RelatedList({ links }: { links: RelatedLink[] }) {
  if (!links.length) return <p class="empty">This page offered no related reading.</p>;
  return (
    <ul class="related">
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url} target="_blank" rel="noopener noreferrer" data-testid="related-link">
            {l.title}
          </a>
          <span class="host"> {hostOf(l.url)}</span>
        </li>
      ))}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
