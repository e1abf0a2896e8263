// Advertisements, their labels and sponsored slots.
import type { ClutterFilter } from './types';

export const ads: ClutterFilter = {
  id: 'ads',
  label: 'Advertisements',
  description: 'Ad slots, "Advertisement" labels and "Story continues below advertisement".',
  example: 'Advertisement · Story continues below advertisement',
  defaultEnabled: true,
  tokens: [
    'ad',
    'ads',
    'advert',
    'adverts',
    'advertisement',
    'advertising',
    'adsbygoogle',
    'adslot',
    'adunit',
    'dfp',
    'gpt',
    'sponsor',
    'sponsored',
    'taboola',
    'outbrain',
    'mpu',
    'leaderboard',
  ],
  selectors: [
    'ins.adsbygoogle',
    '[data-ad-slot]',
    '[data-ad-client]',
    '[data-google-query-id]',
    'amp-ad',
    'iframe[title="Advertisement"]',
  ],
  classContains: ['div-gpt-ad', 'google-ad', 'ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'advert'],
  blockText: [
    /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?)\s*[:.-]?$/i,
    /^(?:story|article) continues below(?: this)? (?:advertisement|ad)\b/i,
    /^continue reading (?:the main story|below)$/i,
    /^scroll to continue(?: with content)?$/i,
  ],
};
