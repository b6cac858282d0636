export { defineElement, defineElementLazily, loadElement } from './define-element.js';
export { DvcElement } from './dvc-element.js';
