import { css, unsafeCSS } from 'lit';

/**
 * Layout work kept small on long forms: the browser skips style and layout of groups far off screen
 * until they come near. A one-line input has a fixed height (one line, padding, border; at least the
 * target size) and size containment: typing in it then re-lays out the input alone, not the form
 * around it. A plain string because lit-analyzer's CSS lists know neither content-visibility nor the
 * lh unit yet. (Comments stay out of the CSS text: they would ship.)
 */
const skipFarGroups = unsafeCSS(`
  form > .group { content-visibility: auto; contain-intrinsic-size: auto 24rem; }
  input.input, select.input {
    block-size: max(var(--dvc-target-size, 44px), calc(1lh + 2 * var(--dvc-space-s, 0.5rem) + 4px));
    contain: size layout;
  }
`);

/** Styles of <dvc-service-form>; every var() has a fallback (tokens.css is optional). */
export const serviceFormStyles = [skipFarGroups, css`
  :host {
    display: block;
    --_dvc-error: var(--dvc-service-form-error-color, var(--dvc-color-danger, #b3261e));
    --_dvc-max: var(--dvc-service-form-max-inline-size, 40rem);
    --_dvc-target: var(--dvc-target-size, 44px);
    --_dvc-border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377);
  }
  h2, h3 { margin-block: 0 var(--dvc-space-m, 1rem); line-height: 1.25; }
  .page-heading { font-size: var(--dvc-font-size-xl, 1.5rem); }
  .caption { display: block; font-size: var(--dvc-font-size-m, 1rem); font-weight: 400; color: var(--dvc-color-text-muted, #4f5559); }
  .notice { color: var(--dvc-color-text-muted, #4f5559); }
  .panel, .problem {
    padding: var(--dvc-space-l, 1.5rem);
    border: var(--_dvc-border);
    border-radius: var(--dvc-radius-l, 8px);
    background: var(--dvc-color-surface-raised, #f3f2f1);
  }
  .problem { border: 4px solid var(--_dvc-error); background: var(--dvc-color-surface, #fff); }
  .problem__title { color: var(--_dvc-error); font-size: var(--dvc-font-size-l, 1.25rem); }

  .progress ol { display: flex; flex-wrap: wrap; gap: var(--dvc-space-s, 0.5rem) var(--dvc-space-m, 1rem); list-style: none; margin: 0 0 var(--dvc-space-l, 1.5rem); padding: 0; }
  .step { display: flex; align-items: center; gap: var(--dvc-space-xs, 0.25rem); color: var(--dvc-color-text-muted, #4f5559); }
  .step__number {
    display: inline-grid; place-items: center; inline-size: 1.75rem; block-size: 1.75rem; border-radius: 50%;
    border: 2px solid currentColor; font-weight: var(--dvc-font-weight-bold, 700); font-size: var(--dvc-font-size-s, 0.875rem);
  }
  .step--done { color: var(--dvc-color-success, #00703c); }
  .step--current { color: var(--dvc-color-brand, #1d4f91); font-weight: var(--dvc-font-weight-bold, 700); }
  .step--current .step__number { background: var(--dvc-color-brand, #1d4f91); color: var(--dvc-color-brand-contrast, #fff); border-color: var(--dvc-color-brand, #1d4f91); }

  .summary {
    margin-block-end: var(--dvc-space-l, 1.5rem);
    padding: var(--dvc-space-m, 1rem) var(--dvc-space-l, 1.5rem);
    border: 4px solid var(--_dvc-error);
  }
  .summary__title { font-size: var(--dvc-font-size-l, 1.25rem); }
  .summary__list { margin: 0; padding-inline-start: var(--dvc-space-m, 1rem); }
  .summary__list a { color: var(--_dvc-error); font-weight: var(--dvc-font-weight-bold, 700); display: inline-block; min-block-size: 24px; padding-block: 2px; }

  form { margin: 0; }
  .field { margin-block-end: var(--dvc-space-l, 1.5rem); }
  .field--error { border-inline-start: 5px solid var(--_dvc-error); padding-inline-start: var(--dvc-space-m, 1rem); }
  .label, .group__legend { display: block; font-weight: var(--dvc-font-weight-bold, 700); margin-block-end: var(--dvc-space-xs, 0.25rem); }
  .optional { font-weight: 400; color: var(--dvc-color-text-muted, #4f5559); }
  .hint, .prefilled { margin: 0 0 var(--dvc-space-s, 0.5rem); color: var(--dvc-color-text-muted, #4f5559); font-size: var(--dvc-font-size-s, 0.875rem); }
  .prefilled::before { content: 'ⓘ '; }
  .error { margin: 0 0 var(--dvc-space-s, 0.5rem); color: var(--_dvc-error); font-weight: var(--dvc-font-weight-bold, 700); }
  fieldset { border: 0; margin: 0; padding: 0; min-inline-size: 0; }
  .group { margin-block-end: var(--dvc-space-l, 1.5rem); }
  .group > .group__legend { font-size: var(--dvc-font-size-l, 1.25rem); margin-block-end: var(--dvc-space-s, 0.5rem); }
  .item {
    margin-block-end: var(--dvc-space-m, 1rem); padding: var(--dvc-space-m, 1rem);
    border: var(--_dvc-border); border-radius: var(--dvc-radius-m, 4px);
  }
  .item__legend { font-weight: var(--dvc-font-weight-bold, 700); padding-inline: var(--dvc-space-xs, 0.25rem); }
  .item__actions { display: flex; flex-wrap: wrap; gap: var(--dvc-space-s, 0.5rem); }

  .input {
    box-sizing: border-box; inline-size: 100%; max-inline-size: var(--_dvc-max); min-block-size: var(--_dvc-target);
    padding: var(--dvc-space-s, 0.5rem); font: inherit; font-size: var(--dvc-font-size-m, 1rem); color: inherit;
    background: var(--dvc-color-surface, #fff); border: 2px solid var(--dvc-color-border, #6f7377); border-radius: var(--dvc-radius-s, 2px);
  }
  .input--short { max-inline-size: 14rem; }
  textarea.input { min-block-size: 6rem; }
  .input[aria-invalid='true'] { border-color: var(--_dvc-error); }
  .input[readonly] { background: var(--dvc-color-surface-raised, #f3f2f1); }
  .options { display: flex; flex-direction: column; gap: var(--dvc-space-s, 0.5rem); }
  .options--inline { flex-direction: row; flex-wrap: wrap; gap: var(--dvc-space-l, 1.5rem); }
  .option { display: flex; align-items: center; gap: var(--dvc-space-s, 0.5rem); min-block-size: var(--_dvc-target); }
  .option label { cursor: pointer; padding-block: var(--dvc-space-xs, 0.25rem); }
  .radio, .checkbox { inline-size: 1.75rem; block-size: 1.75rem; margin: 0; flex: none; cursor: pointer; }

  .actions { display: flex; flex-wrap: wrap; gap: var(--dvc-space-m, 1rem); align-items: center; margin-block-start: var(--dvc-space-l, 1.5rem); }
  .button {
    min-block-size: var(--_dvc-target); min-inline-size: var(--_dvc-target); padding: var(--dvc-space-s, 0.5rem) var(--dvc-space-m, 1rem);
    font: inherit; font-weight: var(--dvc-font-weight-bold, 700); cursor: pointer;
    color: var(--dvc-color-brand-contrast, #fff); background: var(--dvc-color-brand, #1d4f91);
    border: 2px solid var(--dvc-color-brand, #1d4f91); border-radius: var(--dvc-radius-m, 4px);
    transition: background-color var(--dvc-motion-duration, 150ms);
  }
  .button--secondary { color: var(--dvc-color-brand, #1d4f91); background: var(--dvc-color-surface, #fff); }
  .button--warning { color: var(--_dvc-error); background: var(--dvc-color-surface, #fff); border-color: var(--_dvc-error); }
  .button--small { font-weight: 400; }
  .button:disabled { opacity: 0.6; cursor: not-allowed; }
  .link {
    min-block-size: var(--_dvc-target); padding: 0 var(--dvc-space-xs, 0.25rem); font: inherit; cursor: pointer;
    color: var(--dvc-color-brand, #1d4f91); text-decoration: underline; background: none; border: 0;
  }

  .dropzone {
    display: flex; flex-direction: column; gap: var(--dvc-space-s, 0.5rem); max-inline-size: var(--_dvc-max);
    padding: var(--dvc-space-m, 1rem); border: 2px dashed var(--dvc-color-border, #6f7377); border-radius: var(--dvc-radius-m, 4px);
    background: var(--dvc-color-surface-raised, #f3f2f1);
  }
  .dropzone--over { border-color: var(--dvc-color-brand, #1d4f91); border-style: solid; }
  .file-row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--dvc-space-s, 0.5rem); }
  .file-input { font: inherit; min-block-size: var(--_dvc-target); max-inline-size: 100%; }
  .file-input::file-selector-button {
    min-block-size: var(--_dvc-target); margin-inline-end: var(--dvc-space-s, 0.5rem); padding: var(--dvc-space-s, 0.5rem) var(--dvc-space-m, 1rem);
    font: inherit; font-weight: var(--dvc-font-weight-bold, 700); color: var(--dvc-color-brand, #1d4f91);
    background: var(--dvc-color-surface, #fff); border: 2px solid var(--dvc-color-brand, #1d4f91); border-radius: var(--dvc-radius-m, 4px); cursor: pointer;
  }
  .progress-bar { inline-size: 100%; block-size: 1rem; }
  .upload-status { margin: 0; }
  .upload-status--done { color: var(--dvc-color-success, #00703c); font-weight: var(--dvc-font-weight-bold, 700); }

  .review { margin: 0 0 var(--dvc-space-l, 1.5rem); padding: 0; border-block-start: var(--_dvc-border); }
  .review__row {
    display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto; gap: var(--dvc-space-m, 1rem); align-items: baseline;
    padding-block: var(--dvc-space-s, 0.5rem); border-block-end: var(--_dvc-border);
  }
  .review dt { font-weight: var(--dvc-font-weight-bold, 700); }
  .review dd { margin: 0; overflow-wrap: anywhere; }
  .review__heading { font-size: var(--dvc-font-size-l, 1.25rem); margin-block-start: var(--dvc-space-l, 1.5rem); }
  @media (max-width: 40rem) {
    .review__row { grid-template-columns: 1fr; gap: var(--dvc-space-xs, 0.25rem); }
  }
  @media (forced-colors: active) {
    .field--error, .summary, .problem { border-color: Mark; }
    .step--current .step__number { border-width: 4px; }
  }
`];
