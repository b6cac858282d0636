// The only module of @dvc/service-portal that registers tags: the portal now, its children's code when
// a view first needs it.
import { defineElement } from '@dvc/core';
import { defineComponentsLazily } from './lazy-elements.js';
import { DvcServicePortal } from './service-portal.js';

defineElement('dvc-service-portal', DvcServicePortal);
defineComponentsLazily();

export { DvcServicePortal };
