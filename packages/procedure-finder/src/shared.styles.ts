import { css } from 'lit';

/** Buttons, links and notices shared by the finder and the procedure page; every var() has a fallback. */
export const sharedStyles = css`
  :host {
    display: block;
    --_dvc-brand: var(--dvc-color-brand, #1d4f91);
    --_dvc-border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377);
    --_dvc-target: var(--dvc-target-size, 44px);
  }
  h2, h3 { line-height: 1.25; margin-block: 0 var(--dvc-space-s, 0.5rem); }
  h2 { font-size: var(--dvc-font-size-xl, 1.5rem); }
  h3 { font-size: var(--dvc-font-size-l, 1.25rem); }
  p, ul, ol { margin-block: 0 var(--dvc-space-m, 1rem); }
  a { color: var(--_dvc-brand); text-underline-offset: 0.15em; }
  a:hover { text-decoration-thickness: 3px; }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--dvc-space-xs, 0.25rem);
    min-block-size: var(--_dvc-target);
    min-inline-size: var(--_dvc-target);
    box-sizing: border-box;
    padding: var(--dvc-space-s, 0.5rem) var(--dvc-space-m, 1rem);
    border: var(--dvc-border-width, 1px) solid var(--_dvc-brand);
    border-radius: var(--dvc-radius-m, 4px);
    background: var(--dvc-color-surface, #ffffff);
    color: var(--_dvc-brand);
    font: inherit;
    font-weight: var(--dvc-font-weight-bold, 700);
    text-decoration: none;
    cursor: pointer;
    transition: background-color var(--dvc-motion-duration, 150ms);
  }
  .button:hover { background: var(--dvc-color-surface-raised, #f3f2f1); }
  .button[disabled] { opacity: 0.6; cursor: not-allowed; }
  .primary {
    background: var(--_dvc-brand);
    color: var(--dvc-color-brand-contrast, #ffffff);
  }
  .primary:hover { background: var(--_dvc-brand); text-decoration: underline; }
  .notice {
    padding: var(--dvc-space-m, 1rem);
    border-inline-start: 5px solid var(--dvc-color-info, #1d5fa6);
    background: var(--dvc-color-surface-raised, #f3f2f1);
    margin-block-end: var(--dvc-space-m, 1rem);
  }
  .error { border-inline-start-color: var(--dvc-color-danger, #b3261e); }
  .muted { color: var(--dvc-color-text-muted, #4f5559); font-size: var(--dvc-font-size-s, 0.875rem); }
  .skeleton {
    display: block;
    block-size: 1em;
    margin-block: var(--dvc-space-s, 0.5rem);
    border-radius: var(--dvc-radius-s, 2px);
    background: var(--dvc-color-surface-raised, #f3f2f1);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse { to { opacity: 0.4; } }
  @media (forced-colors: active) {
    .button, .notice { border-color: ButtonText; }
    .skeleton { background: GrayText; }
  }
`;
