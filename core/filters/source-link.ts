// "View the original article: <link>" on republishing sites. The link becomes Article.sourceUrl
// (extract.ts reads it before filters run) and the line leaves the body.
import type { ClutterFilter } from './types';

export const SOURCE_LINE =
  /^(?:view|read|see) (?:the )?(?:original|full|source) (?:article|story|post|report)(?: (?:here|at|on))?\s*:?|^(?:originally (?:published|appeared) (?:at|on|in)|source\s*:|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared))/i;

export const sourceLink: ClutterFilter = {
  id: 'source-link',
  label: 'Original-source lines',
  description: 'Lines such as "View the original article: …"; the link is shown as the story\'s source instead.',
  example: 'View the original article: https://www.bbc.co.uk/news/…',
  defaultEnabled: true,
  blockText: [SOURCE_LINE],
};
