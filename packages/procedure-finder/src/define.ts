// The only module of @dvc/procedure-finder that registers tags.
import { defineElement } from '@dvc/core';
import { DvcProcedureDetail } from './procedure-detail.js';
import { DvcProcedureFinder } from './procedure-finder.js';

defineElement('dvc-procedure-detail', DvcProcedureDetail);
defineElement('dvc-procedure-finder', DvcProcedureFinder);
