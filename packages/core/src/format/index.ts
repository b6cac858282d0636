// DOM-free on purpose: the reference server imports this module in Node.
export { formatVnd } from './money.js';
export {
  VIETNAM_TIME_ZONE, formatDate, formatDateTime, toIsoDateInVietnam, isIsoDate, parseVietnameseDate,
} from './date.js';
export {
  vietnamPublicHolidays, defaultWorkingCalendar, isWorkingDay, addWorkingDays, workingDaysBetween,
} from './working-days.js';
export type { WorkingCalendar } from './working-days.js';
export { foldVietnamese } from './fold.js';
export {
  DOSSIER_CODE_MAX_LENGTH, circular01DossierCodePattern, defaultDossierCodePattern, normalizeDossierCode,
  isDossierCode, parseDossierCode,
} from './dossier-code.js';
export type { DossierCodeParts } from './dossier-code.js';
export { schemaDialect } from './schema-dialect.js';
export type { SchemaDialect } from './schema-dialect.js';
