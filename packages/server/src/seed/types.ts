// The contract types the seed data is written against, imported in one place so that the seed
// follows the contract (packages/core/contract/openapi.yaml) whichever way @dvc/core exposes them.
export type {
  Agency,
  AdminUnit,
  CodeName,
  DocumentGroup,
  Fee,
  FormDefinition,
  LegalDocument,
  OnlineClass,
  ProcedureChannel,
  ProcedureDetail,
  Profile,
  RequiredDocument,
  ResultChannel,
} from '@dvc/core';
