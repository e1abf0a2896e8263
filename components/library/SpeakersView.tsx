import type { SavedArticle } from '../../utils/library/types';

interface SpeakerQuotes {
  speaker: string;
  quotes: { text: string; articleId: string; title: string }[];
}

/** Every speaker across the library with what they said, each quote linking to its article. */
export function SpeakersView({ saved, query }: { saved: Map<string, SavedArticle>; query: string }) {
  const bySpeaker = new Map<string, SpeakerQuotes>();
  for (const s of saved.values()) {
    for (const q of s.article.quotes) {
      if (!q.speaker || q.short) continue;
      const entry = bySpeaker.get(q.speaker) ?? { speaker: q.speaker, quotes: [] };
      entry.quotes.push({ text: q.text, articleId: s.id, title: s.article.title });
      bySpeaker.set(q.speaker, entry);
    }
  }
  const needle = query.trim().toLowerCase();
  const list = [...bySpeaker.values()]
    .filter(
      (s) =>
        !needle ||
        s.speaker.toLowerCase().includes(needle) ||
        s.quotes.some((q) => q.text.toLowerCase().includes(needle)),
    )
    .sort((a, b) => b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));
  if (!list.length)
    return <p class="empty">{needle ? `No speaker matches “${query}”.` : 'No quotes in your library yet.'}</p>;
  return (
    <ul class="speakers">
      {list.map((s) => (
        <li key={s.speaker} data-testid="speaker" data-speaker={s.speaker}>
          <h3>
            {s.speaker} <span class="count">({s.quotes.length})</span>
          </h3>
          <ul>
            {s.quotes.map((q, i) => (
              <li key={i} data-testid="speaker-quote">
                “{q.text}” —{' '}
                <a href={`/reader.html?saved=${encodeURIComponent(q.articleId)}`} data-testid="speaker-quote-link">
                  {q.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
