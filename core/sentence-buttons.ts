// Some sites wrap a name in a button that opens a profile card: "according to <button>Mikey
// Shulman,</button> a lecturer at MIT Sloan". Buttons are controls and go (the navigation filter,
// Readability), which would cut the sentence; a button a sentence runs through becomes plain text.

import { elementsByTag } from './dom/elements';

const BUTTON = new Set(['button']);
const MAX_BUTTON_CHARS = 80;
const MIN_SENTENCE_CHARS = 40;

export function unwrapSentenceButtons(body: HTMLElement): void {
  for (const button of elementsByTag(body, BUTTON)) {
    if (!insideSentence(button)) continue;
    const span = button.ownerDocument.createElement('span');
    while (button.firstChild) span.appendChild(button.firstChild);
    button.replaceWith(span);
  }
}

function insideSentence(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !/^(?:P|LI|BLOCKQUOTE|SPAN|EM|STRONG|B|I|A)$/.test(parent.tagName)) return false;
  const own = (el.textContent ?? '').trim().length;
  const around = (parent.textContent ?? '').trim().length - own;
  return own > 0 && own <= MAX_BUTTON_CHARS && around >= MIN_SENTENCE_CHARS;
}
