import { css } from 'lit';

export const detailStyles = css`
header,[part~=apply]{margin-block-end:var(--_l)}
.facts{display:grid;grid-template-columns:minmax(8em,max-content) 1fr;gap:var(--_xs) var(--_m);margin:0 0 var(--_m)}
.facts dt{font-weight:var(--_bold)}
.facts dd{margin:0}
section{margin-block-end:var(--_xl)}
[part~=online-class]{border-inline-start-color:var(--dvc-procedure-detail-class-color,var(--dvc-color-success,#00703c))}
.notice p:last-child{margin-block-end:0}
table{border-collapse:collapse;inline-size:100%;margin-block-end:var(--_m)}
caption{text-align:start;font-weight:var(--_bold);padding-block-end:var(--_xs)}
th,td{text-align:start;vertical-align:top;padding:var(--_s);border-block-end:var(--_line)}
.template{display:inline-flex;align-items:center;min-block-size:var(--_target)}
li{margin-block-end:var(--_xs)}
@media (max-width:40em){.facts{grid-template-columns:1fr}table,tbody,tr,th,td{display:block}thead{display:none}tr{padding-block:var(--_s);border-block-end:var(--_line)}th,td{border:0;padding:0 0 var(--_xs)}td[data-label]::before{content:attr(data-label) ': ';font-weight:var(--_bold)}}
`;
