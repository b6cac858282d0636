// The lookup page: `?ma=<code>&xac-thuc=<secret>` (the link printed on the receipt) opens the dossier at
// once. Until the fee-payment element ships, `&thanh-toan=1` (the tracker's payment-url) starts a payment
// with the provider and comes back here; the server confirms it with the provider, never from the URL.
import { RestBackend, newIdempotencyKey } from '/sdk/dvc-elements.js';

const params = new URLSearchParams(location.search);
const code = params.get('ma');
const verification = params.get('xac-thuc');
const tracker = document.getElementById('tracker');
const status = document.getElementById('thanh-toan');

if (code && verification) {
  tracker.setAttribute('dossier-code', code);
  tracker.setAttribute('verification', verification);
}

async function pay() {
  const backend = new RestBackend({ baseUrl: new URL('/api/v1/', location.href).href });
  const back = new URL('/tra-cuu.html', location.href);
  back.search = new URLSearchParams({ ma: code, 'xac-thuc': verification }).toString();
  status.textContent = 'Đang chuyển tới cổng thanh toán…';
  try {
    const payment = await backend.createPayment(
      { dossierCode: code, method: 'gateway', returnUrl: back.href }, newIdempotencyKey(), verification);
    if (payment.nextUrl) location.assign(payment.nextUrl);
    else status.textContent = 'Cổng thanh toán chưa sẵn sàng. Vui lòng thử lại sau ít phút.';
  } catch {
    status.textContent = 'Không tạo được yêu cầu thanh toán. Vui lòng tải lại trang và thử lại.';
  }
}

if (code && verification && params.get('thanh-toan') === '1') pay();
