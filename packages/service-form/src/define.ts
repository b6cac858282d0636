// The only module of @dvc/service-form that registers tags.
import { defineElement } from '@dvc/core';
import { DvcDossierReceipt } from './dossier-receipt.js';
import { DvcServiceForm } from './service-form.js';

defineElement('dvc-dossier-receipt', DvcDossierReceipt);
defineElement('dvc-service-form', DvcServiceForm);

export { DvcServiceForm, DvcDossierReceipt };
