// The sandbox gateway's own pages: what a bank's or wallet's hosted payment page does, in plain HTML.
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../http/problem.js';
import type { SandboxRecord } from '../payments/sandbox-provider.js';
import { op, type AppContext } from './context.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} ₫`;

function page(r: SandboxRecord, expired: boolean): string {
  const open = (r.status === 'created' || r.status === 'started') && !expired;
  const ref = encodeURIComponent(r.ref);
  const state = expired ? 'Giao dịch đã hết hạn.' : open ? '' : `Giao dịch đã được xử lý (${esc(r.status)}).`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thanh toán thử nghiệm</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}
form{display:inline}button{min-height:44px;margin:.25rem .5rem .25rem 0;padding:0 1rem;font:inherit;cursor:pointer}
.note{background:#fff4ce;padding:.5rem 1rem}</style></head>
<body><main>
<h1>Cổng thanh toán thử nghiệm</h1>
<p class="note">Đây là môi trường thử nghiệm (sandbox): không có tiền thật được chuyển.</p>
<dl><dt>Đơn vị thụ hưởng</dt><dd>${esc(r.merchant)}</dd>
<dt>Mã hồ sơ</dt><dd>${esc(r.dossierCode)}</dd>
<dt>Nội dung</dt><dd>${esc(r.description)}</dd>
<dt>Số tiền</dt><dd><strong>${esc(vnd(r.amount))}</strong></dd></dl>
${state ? `<p role="status">${state}</p>` : `
<form method="post" action="/api/v1/sandbox/pay/${ref}/decide"><input type="hidden" name="outcome" value="success"><button type="submit">Thanh toán</button></form>
<form method="post" action="/api/v1/sandbox/pay/${ref}/decide"><input type="hidden" name="outcome" value="cancelled"><button type="submit">Hủy</button></form>
<form method="post" action="/api/v1/sandbox/pay/${ref}/decide"><input type="hidden" name="outcome" value="failed"><button type="submit">Thất bại</button></form>`}
</main></body></html>`;
}

export function sandboxRoutes(app: FastifyInstance, ctx: AppContext): void {
  op(app, ctx, 'sandboxPaymentPage', async (request, reply) => {
    const record = await ctx.sandbox.open(request.params.ref);
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(page(record, ctx.sandbox.isExpired(record)));
  });

  op(app, ctx, 'sandboxPaymentDecide', async (request, reply) => {
    const outcome = (request.body as { outcome: 'success' | 'failed' | 'cancelled' }).outcome;
    if (!outcome) throw new HttpProblem(400, 'validation-failed', 'outcome is required');
    return reply.redirect(await ctx.sandbox.decide(request.params.ref, outcome), 303);
  });
}
