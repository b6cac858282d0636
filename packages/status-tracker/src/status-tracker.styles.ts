import { css } from 'lit';

// The lookup's styles. The private shorthands (--_dvc-*) come from core's host styles; the dossier
// view brings its own (dossier-view.styles.ts) when it loads.
export const styles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: grid;
    gap: var(--_dvc-l);
    background: var(--dvc-color-surface, #ffffff);
  }
  form, fieldset, section {
    display: grid;
    gap: var(--_dvc-s);
    margin: 0;
  }
  label, legend, dt, .h {
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  .h {
    font-size: var(--dvc-font-size-l, 1.25rem);
    margin: 0;
  }
  [part~='hint'], time, .meta {
    color: var(--_dvc-muted);
    font-size: var(--dvc-font-size-s, 0.875rem);
  }
  p {
    margin: 0;
  }
  input, textarea, button, a[part~='button'] {
    font: inherit;
    min-block-size: var(--_dvc-target);
    box-sizing: border-box;
  }
  input:not([type='radio']), textarea {
    border: var(--_dvc-border);
    border-radius: var(--dvc-radius-s, 2px);
    padding: var(--_dvc-s);
    max-inline-size: 100%;
    background: var(--dvc-color-surface, #ffffff);
    color: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--dvc-color-danger, #b3261e);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dvc-s);
    align-items: center;
  }
  button, a[part~='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_dvc-target);
    padding-inline: var(--_dvc-m);
    border: 2px solid var(--_dvc-brand);
    border-radius: var(--dvc-radius-m, 4px);
    background: var(--dvc-status-tracker-button-background-color, var(--_dvc-brand));
    color: var(--_dvc-on-brand);
    font-weight: var(--dvc-font-weight-bold, 700);
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_dvc-brand);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [part~='error'] {
    color: var(--dvc-color-danger, #b3261e);
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  video {
    inline-size: min(100%, 24rem);
    border: var(--_dvc-border);
  }
  @media (forced-colors: active) {
    button, a[part~='button'] {
      border-color: CanvasText;
    }
  }
`;
