// Whether a string is a CSS selector the document's engine accepts. The engine skips invalid user
// selectors instead of failing the extraction; the options page refuses them up front.
export function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createElement('div').matches(selector);
    return true;
  } catch {
    return false;
  }
}
