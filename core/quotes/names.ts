// Names in a story: who could be speaking, and the fullest form the story gives each of them
// ("Mr Johnson" -> "Boris Johnson").

export const HONORIFIC =
  'Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Professor|President|Senator|Sen|Rep|Gov|Governor|Judge|Justice|Rev|Chancellor|Minister|Secretary|Gen|General|Col|Capt|Captain|Officer|Sgt|Detective|Chief|Mayor|Councillor|Cllr|Coach|Dean|Father|Sister|Brother|Pastor|Rabbi|Imam';
const HONORIFIC_RE = new RegExp(`^(?:${HONORIFIC})\\.?$`);

/** A capitalised word, with hyphens and apostrophes (O'Brien, Al-Ibrahim, McKinley). */
const CAP = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
/** Lower-case particles that may sit inside a name or an organisation's name. */
const PARTICLE = '(?:de|da|di|del|van|von|der|den|la|le|bin|al|of|for|and|the|y|du|dos|das)';
export const NAME = `(?:(?:${HONORIFIC})\\.?\\s+)?${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){0,4}`;

const STOP_FIRST = new Set([
  'The',
  'A',
  'An',
  'But',
  'And',
  'Or',
  'If',
  'When',
  'While',
  'In',
  'On',
  'At',
  'For',
  'As',
  'It',
  'This',
  'That',
  'These',
  'Those',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'Our',
  'His',
  'Her',
  'Their',
  'Its',
  'After',
  'Before',
  'Since',
  'So',
  'Yet',
  'Still',
  'Also',
  'Then',
  'There',
  'Here',
  'What',
  'Why',
  'How',
  'Who',
  'Where',
  'According',
  'Meanwhile',
]);

export function stripHonorific(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && HONORIFIC_RE.test(words[0]!)) words.shift();
  return words.join(' ');
}

/** Every capitalised run of 2-4 words in the text that reads like a person's full name. */
export function collectFullNames(text: string): string[] {
  // Names do not run across lines or sentence breaks: join words with spaces only.
  const re = new RegExp(`${CAP}(?: +${CAP}){1,3}`, 'gu');
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/\s+/).map((w) => w.replace(/[.’']+$/, '').replace(/[’']s$/, ''));
    // Sentence openers and honorifics are not part of a name; a run that still holds one is two things.
    while (words.length && (STOP_FIRST.has(words[0]!) || HONORIFIC_RE.test(words[0]!))) words.shift();
    if (words.length >= 2 && !words.some((w) => STOP_FIRST.has(w))) out.add(words.join(' '));
  }
  return [...out];
}

/** The fullest name in `known` that ends with the speaker's surname (and agrees on a first name). */
export function fullestName(speaker: string, known: readonly string[]): string {
  const bare = stripHonorific(speaker).replace(/[’']s$/, '');
  const parts = bare.split(/\s+/);
  // Only people's short names grow: "The Foreign Office" and "a spokeswoman" stay as written.
  if (parts.length > 2 || !/^\p{Lu}/u.test(bare) || STOP_FIRST.has(parts[0]!)) return bare;
  const last = parts[parts.length - 1]!;
  let best = bare;
  for (const name of known) {
    const n = name.split(/\s+/);
    if (n[n.length - 1] !== last || n.length <= parts.length) continue;
    // "Mr Johnson" fits "Boris Johnson"; "Jane Johnson" does not fit "Boris Johnson".
    if (parts.length > 1 && n[n.length - parts.length] !== parts[0]) continue;
    if (n.length > best.split(/\s+/).length) best = name;
  }
  return best;
}
