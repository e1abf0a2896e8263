// The public face of core/: what entrypoints, the CLI and tests import.
export { extractArticle, extractArticleInStages, MAX_ELEMENTS } from './extract';
export type { StagedExtraction } from './extract';
export { FILTERS, FILTER_IDS, enabledFilters } from './filters/registry';
export type { ClutterFilter } from './filters/types';
export type * from './types';
