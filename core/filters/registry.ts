// Every clutter filter, in the order they run. The options page lists them from here.
import type { ClutterFilter } from './types';
import { imageCredits } from './image-credits';
import { social } from './social';
import { ads } from './ads';
import { newsletter } from './newsletter';
import { promos } from './promos';
import { comments } from './comments';
import { relatedBlocks } from './related-blocks';
import { cookies } from './cookies';
import { authorTags } from './author-tags';
import { navigation } from './navigation';
import { sourceLink } from './source-link';
import { pageFrame } from './page-frame';
import { contents } from './contents';

export const FILTERS: readonly ClutterFilter[] = [
  sourceLink,
  cookies,
  navigation,
  contents,
  ads,
  social,
  newsletter,
  comments,
  relatedBlocks,
  promos,
  authorTags,
  imageCredits,
  pageFrame,
];

export const FILTER_IDS: readonly string[] = FILTERS.map((f) => f.id);

/** The filters on for a run: defaults, minus `disable`, plus `enable`. Unknown ids are ignored. */
export function enabledFilters(disable: readonly string[] = [], enable: readonly string[] = []): ClutterFilter[] {
  return FILTERS.filter((f) => (f.defaultEnabled || enable.includes(f.id)) && !disable.includes(f.id));
}
