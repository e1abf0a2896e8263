// Job titles written in capitals before a name: "says Estera Events Co-Owner and Lead Planner Erica
// Vanco", "UX Designer Miche Alvarez". The name is what follows the last title word.

const TITLE_WORDS = new Set(
  (
    'Founder Co-Founder Cofounder Owner Co-Owner Planner Designer Director Manager Editor Lead Deputy ' +
    'Senior Head Executive Officer Vice CEO CFO CTO COO CMO VP SVP EVP Chair Chairman Chairwoman ' +
    'Chairperson Spokesperson Spokesman Spokeswoman Producer Author Writer Researcher Scientist ' +
    'Engineer Consultant Partner Associate Assistant Analyst Professor Instructor Trainer ' +
    'Nutritionist Dietitian Therapist Correspondent Reporter Columnist Commissioner Superintendent ' +
    'Attorney Counsel Lawyer Physician Surgeon Creator Strategist Specialist Expert Advisor Adviser ' +
    'Fellow Ambassador Administrator Coordinator Supervisor Curator Architect Developer Tester ' +
    'Editor-in-Chief President Chief Secretary Minister Chancellor Mayor Governor Senator Coach Dean'
  ).split(' '),
);

/** A title word: one of the list, or a hyphenated title like "Runner-in-Chief". */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || /^\p{Lu}[\p{L}]*-(?:in|at|of)-\p{Lu}/u.test(word);
}

/** The words after the last title word; all of them when there is none. */
export function afterTitle(words: readonly string[]): string[] {
  for (let i = words.length - 1; i >= 0; i--) {
    if (isTitleWord(words[i]!)) return words.slice(i + 1);
  }
  return [...words];
}
