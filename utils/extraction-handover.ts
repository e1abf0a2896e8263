// What the injector leaves in the tab's isolated world for the content script, and what the
// content script leaves there for the popup's second call. Shared so both sides spell it alike.
import type { Quote } from '../core/types';
import type { Settings } from './settings/schema';

export interface Handover {
  __verbatimSettings?: Settings;
  /** Set by the popup: find the quotes only when asked, after the story is shown. */
  __verbatimQuotesLater?: boolean;
}

/** Each extraction that leaves its quotes for later keeps them under its own key, which its
 * result names: two popups reading one tab at once never take each other's. */
export interface QuotesHolder {
  __verbatimQuotes?: Map<string, () => Quote[]>;
}

/** Quotes left for later and never asked for (a popup closed at once) are dropped past this many. */
export const MAX_WAITING_QUOTES = 4;
