// The only module of @dvc/core that registers tags.
import { DvcConfigElement } from './config/dvc-config.js';
import { defineElement } from './element/define-element.js';

defineElement('dvc-config', DvcConfigElement);

export { DvcConfigElement };
