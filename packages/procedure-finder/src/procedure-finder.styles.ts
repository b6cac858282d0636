import { css } from 'lit';

export const finderStyles = css`
  form { margin-block-end: var(--dvc-space-m, 1rem); }
  label, .label { display: block; font-weight: var(--dvc-font-weight-bold, 700); margin-block-end: var(--dvc-space-xs, 0.25rem); }
  .hint { display: block; color: var(--dvc-color-text-muted, #4f5559); margin-block-end: var(--dvc-space-s, 0.5rem); }
  input, select {
    box-sizing: border-box;
    min-block-size: var(--_dvc-target);
    inline-size: 100%;
    padding: var(--dvc-space-s, 0.5rem);
    border: var(--dvc-procedure-finder-input-border-width, 2px) solid var(--dvc-color-text, #1b1b1b);
    border-radius: var(--dvc-radius-s, 2px);
    background: var(--dvc-color-surface, #ffffff);
    color: var(--dvc-color-text, #1b1b1b);
    font: inherit;
    font-size: max(16px, var(--dvc-font-size-m, 1rem));
  }
  [part~='filters'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--dvc-space-m, 1rem);
    margin: 0 0 var(--dvc-space-m, 1rem);
    padding: 0;
    border: 0;
  }
  legend { padding: 0; margin-block-end: var(--dvc-space-s, 0.5rem); font-weight: var(--dvc-font-weight-bold, 700); }
  .bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--dvc-space-s, 0.5rem); margin-block-end: var(--dvc-space-m, 1rem); }
  .bar p { margin: 0; }
  ol.results { list-style: none; margin: 0 0 var(--dvc-space-m, 1rem); padding: 0; }
  [part~='result'] {
    padding-block: var(--dvc-space-m, 1rem);
    border-block-end: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377);
  }
  [part~='result'] h3 { font-size: var(--dvc-font-size-l, 1.25rem); margin-block-end: var(--dvc-space-xs, 0.25rem); }
  [part~='result-link'] {
    display: inline-block;
    min-block-size: var(--_dvc-target);
    padding-block: var(--dvc-space-xs, 0.25rem);
    box-sizing: border-box;
  }
  [part~='result'] p { margin-block-end: var(--dvc-space-xs, 0.25rem); }
  .meta { display: flex; flex-wrap: wrap; gap: var(--dvc-space-xs, 0.25rem) var(--dvc-space-m, 1rem); }
  .badge {
    display: inline-block;
    padding: 0 var(--dvc-space-s, 0.5rem);
    border: var(--dvc-border-width, 1px) solid currentColor;
    border-radius: var(--dvc-radius-s, 2px);
    font-size: var(--dvc-font-size-s, 0.875rem);
    font-weight: var(--dvc-font-weight-bold, 700);
    color: var(--dvc-color-success, #00703c);
  }
  .badge.partial { color: var(--dvc-color-info, #1d5fa6); }
  .badge.none { color: var(--dvc-color-text-muted, #4f5559); }
  mark {
    background: var(--dvc-procedure-finder-match-background, #fff2b3);
    color: inherit;
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  @media (forced-colors: active) { mark { background: Mark; color: MarkText; } }
  [part~='pagination'] { display: flex; flex-wrap: wrap; align-items: center; gap: var(--dvc-space-m, 1rem); }
  [part~='empty'] ul { padding-inline-start: var(--dvc-space-l, 1.5rem); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--dvc-space-s, 0.5rem); }
  [part~='skeleton'] { list-style: none; margin: 0; padding: 0; }
  [part~='skeleton'] li { padding-block: var(--dvc-space-m, 1rem); border-block-end: var(--dvc-border-width, 1px) solid var(--dvc-color-surface-raised, #f3f2f1); }
  [part~='back'] { margin-block-end: var(--dvc-space-l, 1.5rem); }
  h2:focus { outline: none; }
`;
