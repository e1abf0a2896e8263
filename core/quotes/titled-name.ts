// The speaker in the words after an inverted cue: "said MIT computer science professor Aleksander
// Madry", "says Estera Events Co-Owner and Lead Planner Erica Vanco", "said theCUBE’s Savannah
// Peterson". The name is the capitalised run that ends the clause, after any title.
import { afterTitle } from './titles';

/** Words that cannot sit in a title before a name: the clause is about something else. */
const NOT_IN_TITLE =
  /^(?:in|to|at|on|for|with|from|by|during|after|before|when|while|that|who|which|is|was|are|were|has|had|have|it|he|she|they|this|about|last|next|via|into|over|under|later|earlier|recently|yesterday|today)$/i;
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)$/u;
const MAX_WORDS = 12;

export function nameAfterCue(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  // The run of capitalised words (and "and", "of" between them) that ends the clause.
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1]!;
    const joiner = /^(?:and|of|de|van|von|der|da|di|del|la|le|bin|al)$/.test(w) && start < words.length;
    if (!(CAPITALISED.test(w) && !/[’']s$/.test(w)) && !joiner) break;
    start--;
  }
  while (start < words.length && !CAPITALISED.test(words[start]!)) start++;
  if (start === words.length) return null;
  if (words.slice(0, start).some((w) => NOT_IN_TITLE.test(w))) return null;
  const name = afterTitle(words.slice(start));
  return name.length > 0 ? name.join(' ') : null;
}
