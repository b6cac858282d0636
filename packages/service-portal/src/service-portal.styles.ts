import { css } from 'lit';

// The private shorthands (--_dvc-*) come from core's host styles.
export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--dvc-service-portal-max-width, 72rem);
  }
  .portal {
    display: grid;
    gap: var(--_dvc-l);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dvc-s);
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-end: var(--_dvc-border);
  }
  nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_dvc-target);
    padding-inline: var(--_dvc-m);
    color: var(--_dvc-brand);
    font-weight: var(--dvc-font-weight-bold, 700);
    text-decoration: none;
    border-block-end: 4px solid transparent;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    color: var(--dvc-color-text, #1b1b1b);
    border-block-end-color: var(--_dvc-brand);
  }
  .heading {
    display: grid;
    gap: var(--dvc-space-xs, 0.25rem);
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--dvc-font-size-xl, 1.5rem);
    font-weight: var(--dvc-font-weight-bold, 700);
    line-height: 1.25;
  }
  .sub {
    margin: 0;
    color: var(--_dvc-muted);
  }
  .view {
    display: grid;
    gap: var(--_dvc-l);
    min-inline-size: 0;
  }
  .loading {
    margin: 0;
    color: var(--_dvc-muted);
  }
  .error, .next {
    display: grid;
    gap: var(--_dvc-s);
    padding: var(--_dvc-m);
    border: var(--_dvc-border);
    border-inline-start: 6px solid var(--dvc-color-danger, #b3261e);
    border-radius: var(--dvc-radius-m, 4px);
  }
  .next {
    border-inline-start-color: var(--dvc-color-success, #00703c);
    background: var(--_dvc-raised);
    box-shadow: var(--dvc-shadow-raised, 0 1px 3px rgb(0 0 0 / 0.2), 0 1px 2px rgb(0 0 0 / 0.12));
  }
  .error p, .next p, .back {
    margin: 0;
  }
  .button, button {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-block-size: var(--_dvc-target);
    padding-inline: var(--_dvc-m);
    font: inherit;
    font-weight: var(--dvc-font-weight-bold, 700);
    color: var(--_dvc-on-brand);
    background: var(--_dvc-brand);
    border: 2px solid var(--_dvc-brand);
    border-radius: var(--dvc-radius-m, 4px);
    text-decoration: none;
    cursor: pointer;
  }
  a {
    color: var(--_dvc-brand);
  }
  @media (forced-colors: active) {
    nav a[aria-current='page'] { border-block-end-color: CanvasText; }
    .button, button { border-color: ButtonText; }
  }
`;
