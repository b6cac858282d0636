// Type-level tests of src/dvc-elements-react.ts, checked by `tsc` in `npm test` (never imported by the
// app, never bundled). Each `@ts-expect-error` marks a mistake that must not compile: if the wrappers'
// types stopped catching it, the unused directive itself fails the check.
import type { DvcProcedureSelectedEvent } from '@dvc/procedure-finder';
import type { DvcDossierSubmittedEvent } from '@dvc/service-form';
import { DvcDossierReceipt, DvcProcedureFinder, DvcServiceForm } from './dvc-elements-react.js';

const codeOf = (event: DvcProcedureSelectedEvent): string => event.detail.code;
const dossierCodeOf = (event: DvcDossierSubmittedEvent): string => event.detail.receipt.dossierCode;
const keyOf = (event: KeyboardEvent): string => event.key;

export const right = (
  <>
    <DvcProcedureFinder pageSize={20} noUrlState onProcedureSelected={codeOf} />
    <DvcServiceForm procedure="1.001193" onDossierSubmitted={dossierCodeOf} />
    <DvcDossierReceipt onlineClass="full" />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error pageSize is a number */}
    <DvcProcedureFinder pageSize="20" />
    {/* @ts-expect-error the event is a DvcProcedureSelectedEvent, not a KeyboardEvent */}
    <DvcProcedureFinder onProcedureSelected={keyOf} />
    {/* @ts-expect-error no such property (procedure) */}
    <DvcServiceForm procedur="1.001193" />
    {/* @ts-expect-error the dossier code is a string */}
    <DvcServiceForm onDossierSubmitted={(event) => event.detail.receipt.dossierCode.toFixed()} />
    {/* @ts-expect-error onlineClass is 'full' | 'partial' */}
    <DvcDossierReceipt onlineClass="level-4" />
  </>
);
