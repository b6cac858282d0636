import { css } from 'lit';

/**
 * Shared styles for every component. Each `var()` has a fallback, so a component looks right on a page
 * that loads no dvc CSS at all (tokens.css is optional).
 */

/** A visible focus ring for keyboard users only (WCAG 2.4.7, 2.4.11), also in forced-colors mode. */
export const focusRingStyles = css`
  :focus-visible {
    outline: var(--dvc-focus-ring-width, 3px) solid var(--dvc-focus-ring-color, #ffbf47);
    outline-offset: var(--dvc-focus-ring-offset, 2px);
    box-shadow: 0 0 0 calc(var(--dvc-focus-ring-width, 3px) + var(--dvc-focus-ring-offset, 2px)) var(--dvc-color-text, #1b1b1b);
  }
  :focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/** `.visually-hidden`: read by screen readers, not shown. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** Turns animations and transitions off for people who asked for less motion. */
export const reducedMotionStyles = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Host defaults: inherit the page's font and colours through the tokens. */
export const hostStyles = css`
  :host {
    font-family: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--dvc-font-size-m, 1rem);
    line-height: var(--dvc-line-height, 1.5);
    color: var(--dvc-color-text, #1b1b1b);
    /* Private shorthands (--_dvc-*) that resolve the public tokens once, each with its fallback; a
       component may override one (e.g. its own button colour token in front of the brand). */
    --_dvc-brand: var(--dvc-color-brand, #1d4f91);
    --_dvc-on-brand: var(--dvc-color-brand-contrast, #ffffff);
    --_dvc-border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377);
    --_dvc-muted: var(--dvc-color-text-muted, #4f5559);
    --_dvc-raised: var(--dvc-color-surface-raised, #f3f2f1);
    --_dvc-s: var(--dvc-space-s, 0.5rem);
    --_dvc-m: var(--dvc-space-m, 1rem);
    --_dvc-l: var(--dvc-space-l, 1.5rem);
    --_dvc-target: var(--dvc-target-size, 44px);
  }
  :host([hidden]) {
    display: none !important;
  }
`;

/** Everything above, for `static styles = [baseStyles, css\`…\`]`. */
export const baseStyles = [hostStyles, focusRingStyles, visuallyHiddenStyles, reducedMotionStyles];
