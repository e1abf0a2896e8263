// What the injector leaves in the tab's isolated world for the content script, and what the
// content script leaves there for the popup's second call. Shared so both sides spell it alike.
import type { Quote } from '../core/types';
import type { Settings } from './settings/schema';

/** Set by the popup: find the quotes only when asked, after the story is shown. */
export const QUOTES_LATER = 'later';

export interface Handover {
  __verbatimSettings?: Settings;
  __verbatimQuotesLater?: string;
}

export interface QuotesHolder {
  __verbatimQuotes?: () => Quote[];
}
