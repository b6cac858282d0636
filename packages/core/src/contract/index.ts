// Named aliases of the types generated from contract/openapi.yaml (npm run contract:types).
import type { components, paths } from './openapi.js';

type Schemas = components['schemas'];
export type { components, paths };
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
export type OnlineClass = Schemas['OnlineClass'];
export type Channel = Schemas['Channel'];
export type ResultChannel = Schemas['ResultChannel'];
export type StatusCode = Schemas['StatusCode'];
export type CodeName = Schemas['CodeName'];
export type Agency = Schemas['Agency'];
export type ProcedureSummary = Schemas['ProcedureSummary'];
export type ProcedureDetail = Schemas['ProcedureDetail'];
export type ProcedureChannel = Schemas['ProcedureChannel'];
export type DocumentGroup = Schemas['DocumentGroup'];
export type RequiredDocument = Schemas['RequiredDocument'];
export type LegalDocument = Schemas['LegalDocument'];
export type Fee = Schemas['Fee'];
export type Duration = Schemas['Duration'];
export type Facet = Schemas['Facet'];
export type SearchResult = Schemas['SearchResult'];
export type ProcedureIndex = Schemas['ProcedureIndex'];
export type ProcedureIndexItem = Schemas['ProcedureIndexItem'];
export type FormDefinition = Schemas['FormDefinition'];
export type Address = Schemas['Address'];
export type Profile = Schemas['Profile'];
export type AdminUnit = Schemas['AdminUnit'];
export type Upload = Schemas['Upload'];
export type UploadLimits = Schemas['UploadLimits'];
export type Contact = Schemas['Contact'];
export type DossierSubmission = Schemas['DossierSubmission'];
export type Receipt = Schemas['Receipt'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Dossier = Schemas['Dossier'];
export type DossierEvent = Schemas['DossierEvent'];
export type SupplementSubmission = Schemas['SupplementSubmission'];
export type Rating = Schemas['Rating'];
export type FeeStatement = Schemas['FeeStatement'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type PaymentRequest = Schemas['PaymentRequest'];
export type Payment = Schemas['Payment'];
export type ProviderCallback = Schemas['ProviderCallback'];
export type OfficerAction = Schemas['OfficerAction'];

/** Search parameters of `GET /procedures`. */
export type ProcedureQuery = NonNullable<paths['/procedures']['get']['parameters']['query']>;
