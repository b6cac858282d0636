import { css } from 'lit';

// Shared by the finder and the procedure page. The global tokens are read once on :host, each with its
// fallback (the page may load no dvc CSS at all), into private --_ aliases the rules below use.
export const sharedStyles = css`
:host{display:block;--_brand:var(--dvc-color-brand,#1d4f91);--_text:var(--dvc-color-text,#1b1b1b);--_muted:var(--dvc-color-text-muted,#4f5559);--_surface:var(--dvc-color-surface,#ffffff);--_raised:var(--dvc-color-surface-raised,#f3f2f1);--_line:var(--dvc-border-width,1px) solid var(--dvc-color-border,#6f7377);--_target:var(--dvc-target-size,44px);--_xs:var(--dvc-space-xs,0.25rem);--_s:var(--dvc-space-s,0.5rem);--_m:var(--dvc-space-m,1rem);--_l:var(--dvc-space-l,1.5rem);--_xl:var(--dvc-space-xl,2rem);--_bold:var(--dvc-font-weight-bold,700);--_small:var(--dvc-font-size-s,0.875rem);--_large:var(--dvc-font-size-l,1.25rem);--_radius:var(--dvc-radius-s,2px)}
h2,h3{line-height:1.25;margin-block:0 var(--_s)}
h2{font-size:var(--dvc-font-size-xl,1.5rem)}
h3{font-size:var(--_large)}
h2:focus{outline:none}
p,ul,ol{margin-block:0 var(--_m)}
a{color:var(--_brand);text-underline-offset:.15em}
a:hover{text-decoration-thickness:3px}
.button{display:inline-flex;align-items:center;justify-content:center;gap:var(--_xs);min-block-size:var(--_target);min-inline-size:var(--_target);box-sizing:border-box;padding:var(--_s) var(--_m);border:var(--dvc-border-width,1px) solid var(--_brand);border-radius:var(--dvc-radius-m,4px);background:var(--_surface);color:var(--_brand);font:inherit;font-weight:var(--_bold);text-decoration:none;cursor:pointer;transition:background-color var(--dvc-motion-duration,150ms)}
.button:hover{background:var(--_raised)}
.button[disabled]{opacity:.6;cursor:not-allowed}
.primary,.primary:hover{background:var(--_brand);color:var(--dvc-color-brand-contrast,#ffffff)}
.primary:hover{text-decoration:underline}
.notice{padding:var(--_m);border-inline-start:5px solid var(--dvc-color-info,#1d5fa6);background:var(--_raised);margin-block-end:var(--_m)}
.error{border-inline-start-color:var(--dvc-color-danger,#b3261e)}
.muted{color:var(--_muted);font-size:var(--_small)}
.skeleton{display:block;block-size:1em;margin-block:var(--_s);border-radius:var(--_radius);background:var(--_raised);animation:pulse 1.2s ease-in-out infinite alternate}
@keyframes pulse{to{opacity:.4}}
@media (forced-colors:active){.button,.notice{border-color:ButtonText}.skeleton{background:GrayText}}
`;
