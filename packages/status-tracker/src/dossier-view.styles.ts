import { css } from 'lit';

// The dossier view's styles, adopted by the tracker's shadow root when the view loads. The step
// marker has its own token.
export const dossierStyles = css`
  :host {
    --_dvc-step: var(--dvc-status-tracker-step-marker-color, var(--dvc-color-success, #00703c));
  }
  fieldset {
    border: var(--_dvc-border);
    border-radius: var(--dvc-radius-m, 4px);
    padding: var(--_dvc-m);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_dvc-m);
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: var(--_dvc-s);
    min-block-size: var(--_dvc-target);
    font-weight: normal;
  }
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  [part~='status'] {
    border-inline-start: 0.5rem solid var(--_dvc-brand);
    padding-inline-start: var(--_dvc-m);
  }
  [part~='notice'], [part~='action'] {
    border: var(--_dvc-border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--dvc-radius-m, 4px);
    padding: var(--_dvc-m);
    background: var(--_dvc-raised);
  }
  .warn {
    border-inline-start-color: var(--dvc-color-warning, #8a4b00);
  }
  input[type='number'] {
    inline-size: 8rem;
  }
  .ok {
    border-inline-start-color: var(--dvc-color-success, #00703c);
  }
  .bad {
    border-inline-start-color: var(--dvc-color-danger, #b3261e);
    color: var(--dvc-color-danger, #b3261e);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--dvc-space-xs, 0.25rem) var(--_dvc-m);
    margin: 0;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='step'] {
    position: relative;
    padding-block-end: var(--_dvc-m);
    padding-inline-start: var(--_dvc-l);
    border-inline-start: 2px solid var(--dvc-color-border, #6f7377);
  }
  [part~='step']::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.5rem;
    inset-block-start: 0.25rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    border: 2px solid var(--dvc-color-surface, #ffffff);
    background: var(--_dvc-step);
  }
  [aria-current='step']::before {
    background: var(--_dvc-brand);
  }
  [aria-current='step'] {
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  progress {
    inline-size: min(100%, 24rem);
    block-size: 1rem;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: var(--_dvc-s);
    }
  }
  @media (forced-colors: active) {
    [part~='notice'], [part~='action'], [part~='status'] {
      border-color: CanvasText;
    }
    [part~='step']::before {
      border: 0.375rem solid CanvasText;
    }
    [aria-current='step']::before {
      border-color: Highlight;
    }
  }
`;
