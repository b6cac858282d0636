export { defineElement } from './define-element.js';
export { DvcElement } from './dvc-element.js';
