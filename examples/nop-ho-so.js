// The application page: /nop-ho-so.html?thu-tuc=<procedure code>. The form loads the procedure's form
// definition, keeps a draft on this device, and ends on the receipt; this script only wires the page
// around it (title, demo sign-in, links after submission). Backend text goes in with textContent only.
import { RestBackend } from '/sdk/dvc-elements.js';

const TOKEN_KEY = 'dvc-demo-token';
const params = new URLSearchParams(location.search);
const code = params.get('thu-tuc')?.trim() ?? '';
const form = document.getElementById('ho-so');
const config = document.getElementById('cau-hinh');
const heading = document.getElementById('tieu-de');
const codeLine = document.getElementById('ma-thu-tuc');
const signIn = document.getElementById('dang-nhap-nut');
const signInStatus = document.getElementById('dang-nhap-trang-thai');

// `&csp=nghiem-ngat`: the page under a strict Content-Security-Policy (the server's DVC_CSP) validates with
// the backend's precompiled validators and never loads Ajv's compiler. Set before `procedure` below, so
// the form never starts compiling.
if (params.get('csp') === 'nghiem-ngat') config.setAttribute('precompiled-validators', '');

// The host's login: the SDK only asks for the token when it needs it (the profile for prefill).
config.token = () => sessionStorage.getItem(TOKEN_KEY) ?? undefined;
function showSignIn() {
  const signedIn = Boolean(sessionStorage.getItem(TOKEN_KEY));
  signInStatus.textContent = signedIn
    ? 'Đã đăng nhập (tài khoản trình diễn Nguyễn Văn An): thông tin cá nhân được điền sẵn.'
    : 'Bạn chưa đăng nhập: hãy tự khai đầy đủ thông tin.';
  signIn.textContent = signedIn ? 'Đăng xuất' : 'Đăng nhập bằng tài khoản trình diễn';
}
signIn.addEventListener('click', () => {
  if (sessionStorage.getItem(TOKEN_KEY)) sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, 'demo-citizen');
  location.reload(); // the form picks the (other) citizen's profile and drafts up on load
});
showSignIn();

if (!code) {
  document.getElementById('chua-chon').hidden = false;
  form.hidden = true;
} else {
  form.setAttribute('procedure', code);
  codeLine.textContent = `Mã thủ tục: ${code}`;
  const backend = new RestBackend({ baseUrl: new URL('/api/v1/', location.href).href });
  backend.getProcedure(code).then((procedure) => {
    heading.textContent = `Nộp hồ sơ: ${procedure.name}`;
    document.title = `${procedure.name} — Nộp hồ sơ trực tuyến — Cổng Dịch vụ công`;
  }, () => { /* the form itself says what went wrong */ });
}

form.addEventListener('dvc-dossier-submitted', (event) => {
  const { dossierCode, lookupSecret } = event.detail.receipt;
  document.title = `Đã nộp hồ sơ ${dossierCode} — Cổng Dịch vụ công`;
  document.getElementById('gioi-thieu').hidden = true;
  document.getElementById('dang-nhap').hidden = true;
  const track = document.getElementById('theo-doi');
  track.href = `/tra-cuu.html?${new URLSearchParams({ ma: dossierCode, 'xac-thuc': lookupSecret })}`;
  document.getElementById('tiep-theo').hidden = false;
});
