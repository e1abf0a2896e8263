// Names in a story: who could be speaking, and the fullest form the story gives each of them
// ("Mr Johnson" -> "Boris Johnson").
import { afterTitle } from './titles';

export const HONORIFIC =
  'Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Professor|President|Senator|Sen|Rep|Gov|Governor|Judge|Justice|Rev|Chancellor|Minister|Secretary|Gen|General|Col|Capt|Captain|Officer|Sgt|Detective|Chief|Mayor|Councillor|Cllr|Coach|Dean|Father|Sister|Brother|Pastor|Rabbi|Imam';
const HONORIFIC_RE = new RegExp(`^(?:${HONORIFIC})\\.?$`);

/** A capitalised word, with hyphens and apostrophes (O'Brien, Al-Ibrahim, McKinley). */
// A word ends in a dot only when it is an initial ("J."), so a name never runs across "Murray. Here".
// Letters or marks are written as an alternation, not one class [\p{L}\p{M}…]: the same
// characters, but V8 compiles a union of two Unicode properties about twice as slowly, and this
// pattern sits a dozen times in the attribution patterns, which compile on every page's first run.
const CAP = "(?:\\p{Lu}(?:[\\p{L}'’-]|\\p{M})*(?:\\p{L}|\\p{M})|\\p{Lu}\\.?)";
/** Lower-case particles that may sit inside a name or an organisation's name. */
const PARTICLE = '(?:de|da|di|del|van|von|der|den|la|le|bin|al|of|for|and|the|y|du|dos|das)';
export const NAME = `(?:(?:${HONORIFIC})\\.?\\s+)?${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP}){0,4}`;

export const STOP_FIRST = new Set([
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

/** Capitalised words that open sentences, not names: "Often kids don’t …", "This fragmented …". */
export const NOT_A_NAME = new Set([
  ...[...STOP_FIRST].filter((w) => !/^(?:The|A|An|He|She|They|It)$/.test(w)),
  ...'Often No Not Neither Nor Every Each Some Many Most All Any Both Few Several Just Only Even Perhaps Maybe Sometimes Today Yesterday Ultimately Hopefully Overall Finally First Thus Therefore Unlike Like With Without From To By Of Through During Despite Although Though Because Once Until Unless Whether Which Whose My Your Other Others Such Now However Instead Indeed Plus Well Yes'.split(
    ' ',
  ),
]);

/** The last person the text mentions, by a name the story gives in full somewhere, as that full name. */
export function lastMentioned(text: string, known: readonly string[]): string | null {
  let best: { at: number; name: string } | null = null;
  for (const name of known) {
    const parts = name.split(/\s+/);
    // An organisation is found only by its whole name; a person also by surname or first name.
    const forms = STOP_FIRST.has(parts[0]!) ? [name] : [name, parts[parts.length - 1]!, parts[0]!];
    for (const form of new Set(forms)) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        // "Bernard seconds Kevin’s recommendation": an owner is seldom the one speaking.
        if (/^[’']s\b/.test(text.slice(m.index + m[0].length))) continue;
        if (!best || m.index > best.at) best = { at: m.index, name };
      }
    }
  }
  return best?.name ?? null;
}

export function stripHonorific(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && HONORIFIC_RE.test(words[0]!)) words.shift();
  return words.join(' ');
}

// Up to seven words, so a title before a name ("Forbes Functions Founder Cameron Forbes") is
// dropped whole rather than cut in the middle of the name.
const FULL_NAME_RUN = new RegExp(`${CAP}(?: +${CAP}){1,6}`, 'gu');

/** Every capitalised run of 2-4 words in the text that reads like a person's full name. */
export function collectFullNames(text: string): string[] {
  // Names do not run across lines or sentence breaks: join words with spaces only.
  const re = FULL_NAME_RUN;
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    // "Car Talk’s John Paul" is two names: a possessive ends one.
    for (const run of m[0].split(/(?<=[’']s)\s+/)) {
      // "Forbes Functions Founder Cameron Forbes": the name is what follows the title.
      const words = afterTitle(run.split(/\s+/).map((w) => w.replace(/[’']s$/, '')));
      // Sentence openers and honorifics are not part of a name; a run that still holds one is two things.
      while (words.length && (STOP_FIRST.has(words[0]!) || NOT_A_NAME.has(words[0]!) || HONORIFIC_RE.test(words[0]!))) {
        words.shift();
      }
      if (words.length >= 2 && words.length <= 4 && !words.some((w) => STOP_FIRST.has(w))) out.add(words.join(' '));
    }
  }
  return [...out];
}

/** The fullest name in `known` that ends with the speaker's surname (and agrees on a first name). */
export function fullestName(speaker: string, known: readonly string[]): string {
  // "Car Talk’s John Paul": the speaker is the part after the possessive.
  const own = speaker.trim().replace(/^.*[’']s\s+(?=\p{Lu})/u, '');
  // "Runner-in-Chief Jeff Dengate", "UX Designer Miche Alvarez": a title before a name.
  const untitled = afterTitle(own.split(/\s+/));
  if (untitled.length > 0 && untitled.length < own.split(/\s+/).length) return fullestName(untitled.join(' '), known);
  const bare = stripHonorific(own).replace(/[’']s$/, '');
  const parts = bare.split(/\s+/);
  if (parts.length > 2 && !STOP_FIRST.has(parts[0]!)) {
    const tail = known.find((name) => bare.endsWith(` ${name}`) && name.split(/\s+/).length >= 2);
    if (tail) return tail;
  }
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
  if (best !== bare) return best;
  if (parts.length > 1) return own;
  // A first name alone ("Dan") stands for the one full name that starts with it.
  const byFirst = known.filter((name) => name.split(/\s+/)[0] === bare);
  return byFirst.length === 1 ? byFirst[0]! : own;
}
