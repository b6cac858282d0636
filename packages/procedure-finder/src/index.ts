// Pure exports of @dvc/procedure-finder: nothing here registers an element or touches the page.
export { DvcProcedureFinder } from './procedure-finder.js';
export { DvcProcedureDetail, applyUrlFor } from './procedure-detail.js';
export { DvcProcedureSelectedEvent, DvcProcedureOpenEvent } from './events.js';
export type { ProcedureSelectedDetail, ProcedureOpenDetail } from './events.js';
export { ProcedureSearchIndex, words as searchWords } from './internal/search-index.js';
export type { SearchQuery, SearchFilters, SearchHits, FacetCounts } from './internal/search-index.js';
export { vi as finderMessagesVi } from './i18n/index.js';
