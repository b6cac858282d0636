import { css } from 'lit';

export const finderStyles = css`
form,fieldset,.bar,ol{margin:0 0 var(--_m)}
label{display:block;font-weight:var(--_bold);margin-block-end:var(--_xs)}
.hint{display:block;color:var(--_muted);margin-block-end:var(--_s)}
input,select{box-sizing:border-box;min-block-size:var(--_target);inline-size:100%;padding:var(--_s);border:var(--dvc-procedure-finder-input-border-width,2px) solid var(--_text);border-radius:var(--_radius);background:var(--_surface);color:var(--_text);font:inherit;font-size:max(16px,var(--dvc-font-size-m,1rem))}
fieldset{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,14em),1fr));gap:var(--_m);padding:0;border:0}
.bar,nav,.actions{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_s) var(--_m)}
.bar{justify-content:space-between}
.bar p{margin:0}
ol,ul[part~=skeleton]{list-style:none;padding:0}
li{padding-block:var(--_m);border-block-end:var(--_line)}
.empty li{padding:0;border:0}
.empty ul{list-style:disc;padding-inline-start:var(--_l)}
h3{margin-block-end:var(--_xs)}
[part~=result-link]{display:inline-block;min-block-size:var(--_target);padding-block:var(--_xs);box-sizing:border-box}
li p{margin-block-end:var(--_xs)}
.meta{display:flex;flex-wrap:wrap;gap:var(--_xs) var(--_m)}
.badge{display:inline-block;padding:0 var(--_s);border:1px solid;border-radius:var(--_radius);font-size:var(--_small);font-weight:var(--_bold);color:var(--dvc-color-success,#00703c)}
.partial{color:var(--dvc-color-info,#1d5fa6)}
.none{color:var(--_muted)}
mark{background:var(--dvc-procedure-finder-match-background,#fff2b3);color:inherit;font-weight:var(--_bold)}
[part~=back]{margin-block-end:var(--_l)}
@media (forced-colors:active){mark{background:Mark;color:MarkText}}
`;
