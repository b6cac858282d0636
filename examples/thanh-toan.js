// The portal's payment page: /thanh-toan.html?ma=<dossier code>&xac-thuc=<lookup code>.
// The lookup code opens the dossier, so it must not travel on: it moves from the address bar into this
// tab's sessionStorage before anything else happens, and the gateway's return URL (this page's address)
// carries only the dossier code. Coming back with ?ma=…&dvc-payment=…, the widget finds it again here.
const params = new URLSearchParams(location.search);
const key = (code) => `dvc-portal-verification:${code}`;
const code = params.get('ma')?.trim() ?? '';
if (code && params.has('xac-thuc')) {
  sessionStorage.setItem(key(code), params.get('xac-thuc').trim());
  params.delete('xac-thuc');
  history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
}
const verification = code ? sessionStorage.getItem(key(code)) : null;

const widget = document.getElementById('payment');
const form = document.getElementById('lookup');
if (code && verification) {
  widget.setAttribute('dossier-code', code);
  widget.setAttribute('verification', verification);
  widget.hidden = false;
  document.title = `Thanh toán hồ sơ ${code} — Cổng Dịch vụ công`;
} else {
  form.hidden = false;
  form.elements.ma.value = code;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ma = form.elements.ma.value.trim();
    sessionStorage.setItem(key(ma), form.elements['xac-thuc'].value.trim());
    location.assign(`${location.pathname}?ma=${encodeURIComponent(ma)}`);
  });
}

// The page title follows the outcome, so a screen reader user switching tabs hears it too.
widget.addEventListener('dvc-payment-succeeded', (event) => {
  document.title = `Đã thanh toán hồ sơ ${event.detail.dossierCode} — Cổng Dịch vụ công`;
});
