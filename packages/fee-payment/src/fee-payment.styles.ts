import { css } from 'lit';

// The private shorthands (--_dvc-*) come from core's host styles; the button colour has its own token.
export const styles = css`
  :host {
    display: block;
    --_dvc-brand: var(--dvc-fee-payment-button-background-color, var(--dvc-color-brand, #1d4f91));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_dvc-m);
    background: var(--dvc-color-surface, #ffffff);
  }
  p, dl, dd, form, fieldset {
    margin: 0;
  }
  .h {
    font-size: var(--dvc-font-size-xl, 1.5rem);
    font-weight: var(--dvc-font-weight-bold, 700);
    line-height: 1.25;
  }
  .h.sub {
    font-size: var(--dvc-font-size-l, 1.25rem);
  }
  .meta, .note, caption {
    color: var(--_dvc-muted);
    font-size: var(--dvc-font-size-s, 0.875rem);
  }
  .note {
    display: block;
    font-weight: normal;
  }
  caption {
    text-align: start;
    font-weight: var(--dvc-font-weight-bold, 700);
    color: inherit;
    padding-block-end: var(--_dvc-s);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th, td {
    text-align: start;
    padding: var(--_dvc-s);
    border-block-end: var(--_dvc-border);
    vertical-align: top;
  }
  tbody th {
    font-weight: normal;
  }
  .num {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tfoot .due th, tfoot .due td, .due dd {
    font-weight: var(--dvc-font-weight-bold, 700);
    font-size: var(--dvc-font-size-l, 1.25rem);
  }
  form, fieldset {
    display: grid;
    gap: var(--_dvc-m);
  }
  fieldset {
    border: var(--_dvc-border);
    border-radius: var(--dvc-radius-m, 4px);
    padding: var(--_dvc-m);
  }
  legend, dt, .label {
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  [part~='method'] {
    display: flex;
    align-items: flex-start;
    gap: var(--_dvc-s);
    min-block-size: var(--_dvc-target);
    cursor: pointer;
  }
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    flex: none;
  }
  dl {
    display: grid;
    gap: var(--_dvc-s);
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: var(--_dvc-s);
  }
  [part~='review'], [part~='receipt'], [part~='account'] {
    background: var(--_dvc-raised);
    padding: var(--_dvc-m);
    border-radius: var(--dvc-radius-l, 8px);
  }
  [part~='receipt'] {
    display: grid;
    gap: var(--_dvc-m);
    border-inline-start: 0.5rem solid var(--dvc-fee-payment-receipt-border-color, var(--dvc-color-success, #00703c));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dvc-s);
  }
  button, a[part~='button'] {
    font: inherit;
    min-block-size: var(--_dvc-target);
    min-inline-size: var(--_dvc-target);
    padding: var(--_dvc-s) var(--_dvc-m);
    border: var(--dvc-border-width, 1px) solid var(--_dvc-brand);
    border-radius: var(--dvc-radius-m, 4px);
    background: var(--_dvc-brand);
    color: var(--_dvc-on-brand);
    font-weight: var(--dvc-font-weight-bold, 700);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
    transition: opacity var(--dvc-motion-duration, 150ms);
  }
  button.secondary {
    background: var(--dvc-color-surface, #ffffff);
    color: var(--_dvc-brand);
  }
  button.small {
    font-size: var(--dvc-font-size-s, 0.875rem);
    margin-inline-start: var(--_dvc-s);
  }
  button.link {
    background: none;
    border: none;
    color: var(--_dvc-brand);
    text-decoration: underline;
    padding-inline: var(--_dvc-s);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  [part~='error'] {
    color: var(--dvc-color-danger, #b3261e);
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  [part~='notice'], [part~='warning'] {
    border-inline-start: 0.25rem solid var(--dvc-color-info, #1d5fa6);
    padding: var(--_dvc-s) var(--_dvc-m);
    background: var(--_dvc-raised);
  }
  .counter {
    display: grid;
    gap: var(--_dvc-s);
  }
  [part~='warning'] {
    border-color: var(--dvc-color-warning, #8a4b00);
    color: var(--dvc-color-warning, #8a4b00);
    font-weight: var(--dvc-font-weight-bold, 700);
  }
  [part~='countdown'] {
    font-variant-numeric: tabular-nums;
  }
  .qr-layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dvc-l);
    align-items: flex-start;
  }
  .qr-layout > div {
    flex: 1 1 18rem;
    display: grid;
    gap: var(--_dvc-s);
  }
  [part~='qr'] {
    inline-size: var(--dvc-fee-payment-qr-size, 14rem);
    block-size: var(--dvc-fee-payment-qr-size, 14rem);
    flex: none;
    border: var(--_dvc-border);
    /* a QR code must stay dark on light to scan, whatever the colour scheme */
    forced-color-adjust: none;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media print {
    button, a[part~='button'], [part~='status'] {
      display: none !important;
    }
    [part~='receipt'] {
      background: none;
      border: 1px solid #000;
    }
  }
`;
