// Cookie and consent banners.
import type { ClutterFilter } from './types';

export const cookies: ClutterFilter = {
  id: 'cookies',
  label: 'Cookie and consent banners',
  description: 'Cookie notices, consent dialogs and privacy banners.',
  example: 'We use cookies to give you the best experience. Accept',
  defaultEnabled: true,
  maxStoryChars: 800,
  tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot', 'didomi'],
  blockText: [
    /^we (?:use|value) cookies\b/i,
    /\bthis (?:web)?site uses cookies\b/i,
    /^by (?:continuing|using) (?:to use )?this (?:web)?site\b.{0,200}cookies/i,
  ],
};
