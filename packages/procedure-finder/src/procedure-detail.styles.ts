import { css } from 'lit';

export const detailStyles = css`
  header { margin-block-end: var(--dvc-space-l, 1.5rem); }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: var(--dvc-space-xs, 0.25rem) var(--dvc-space-m, 1rem);
    margin: 0 0 var(--dvc-space-m, 1rem);
  }
  dl.facts dt { font-weight: var(--dvc-font-weight-bold, 700); }
  dl.facts dd { margin: 0; }
  @media (max-width: 30em) {
    dl.facts { grid-template-columns: 1fr; }
    dl.facts dd { margin-block-end: var(--dvc-space-s, 0.5rem); }
  }
  section { margin-block-end: var(--dvc-space-xl, 2rem); }
  [part~='online-class'] { border-inline-start-color: var(--dvc-procedure-detail-class-color, var(--dvc-color-success, #00703c)); }
  [part~='online-class'] p:last-child, [part~='apply'] p:last-child { margin-block-end: 0; }
  [part~='apply'] { margin-block-end: var(--dvc-space-xl, 2rem); }
  table { border-collapse: collapse; inline-size: 100%; margin-block-end: var(--dvc-space-m, 1rem); }
  caption { text-align: start; font-weight: var(--dvc-font-weight-bold, 700); padding-block-end: var(--dvc-space-xs, 0.25rem); }
  th, td {
    text-align: start;
    vertical-align: top;
    padding: var(--dvc-space-s, 0.5rem);
    border-block-end: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377);
  }
  @media (max-width: 40em) {
    table, tbody, tr, th, td { display: block; }
    thead { display: none; }
    tr { padding-block: var(--dvc-space-s, 0.5rem); border-block-end: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377); }
    th, td { border: 0; padding: 0 0 var(--dvc-space-xs, 0.25rem); }
    td[data-label]::before { content: attr(data-label) ': '; font-weight: var(--dvc-font-weight-bold, 700); }
  }
  .template { display: inline-flex; align-items: center; min-block-size: var(--dvc-target-size, 44px); }
  ol.steps li, ul.plain li { margin-block-end: var(--dvc-space-xs, 0.25rem); }
  h2:focus { outline: none; }
  h2:focus-visible { outline: var(--dvc-focus-ring-width, 3px) solid var(--dvc-focus-ring-color, #ffbf47); }
`;
