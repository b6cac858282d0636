// Officer page of the reference server (plain JS, no framework). Every piece of data goes into the page
// through textContent or attributes, never innerHTML.
const API = new URLSearchParams(location.search).get('api') ?? '/api/v1';

const STATUS = {
  1: 'Mới đăng ký', 2: 'Được tiếp nhận', 3: 'Không được tiếp nhận', 4: 'Đang xử lý', 5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính', 7: 'Công dân yêu cầu rút hồ sơ', 8: 'Dừng xử lý', 9: 'Đã xử lý xong', 10: 'Đã trả kết quả',
};

// Mirrors the server's transition table (packages/server/src/domain/transitions.ts).
const ACTIONS = {
  accept: { label: 'Tiếp nhận', from: [1] },
  refuse: { label: 'Từ chối tiếp nhận', from: [1], reason: true },
  process: { label: 'Chuyển xử lý', from: [2] },
  'request-supplement': { label: 'Yêu cầu bổ sung', from: [2, 4], reason: true },
  'request-payment': { label: 'Yêu cầu nộp phí', from: [2, 4], fee: true },
  finish: { label: 'Hoàn thành xử lý', from: [4] },
  deliver: { label: 'Trả kết quả', from: [9] },
  withdraw: { label: 'Rút hồ sơ (theo yêu cầu công dân)', from: [1, 2, 4, 5, 6] },
  stop: { label: 'Dừng xử lý', from: [1, 2, 4, 5, 6], reason: true },
  apologise: { label: 'Xin lỗi và hẹn lại (mẫu 04)', from: [1, 2, 4, 5, 6], reason: true, date: true },
};

const $ = (id) => document.getElementById(id);
const dateFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
const day = (iso) => iso.split('-').reverse().join('/');

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function say(text, kind = 'info') {
  $('message').textContent = text;
  $('message').dataset.kind = kind;
}

async function call(path, init = {}) {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${$('token').value.trim()}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.detail ?? body?.title ?? `HTTP ${res.status}`);
  return body;
}

function field(label, input) {
  return el('label', {}, label, input);
}

function actionForm(dossier) {
  const allowed = Object.entries(ACTIONS).filter(([, a]) => a.from.includes(dossier.status));
  if (!allowed.length) return el('p', { text: 'Không còn thao tác.' });
  const uid = dossier.code.replace(/[^A-Za-z0-9]/g, '');
  const department = el('input', { name: 'department', value: 'Bộ phận Một cửa', required: '', id: `dep-${uid}` });
  const officer = el('input', { name: 'officer', value: 'Cán bộ demo', id: `off-${uid}` });
  const reason = el('textarea', { name: 'reason', rows: '2', id: `rea-${uid}` });
  const newDate = el('input', { name: 'newAppointmentDate', type: 'date', id: `date-${uid}` });
  const feeName = el('input', { name: 'feeName', value: 'Lệ phí', id: `fee-${uid}` });
  const feeAmount = el('input', { name: 'feeAmount', type: 'number', min: '0', step: '1000', value: '50000', id: `amt-${uid}` });
  const box = el('fieldset', {}, el('legend', { text: `Xử lý hồ sơ ${dossier.code}` }),
    field('Phòng/bộ phận', department), field('Cán bộ', officer), field('Lý do / ghi chú', reason),
    field('Ngày hẹn mới', newDate), field('Khoản phí', feeName), field('Số tiền (VND)', feeAmount), el('br'));
  for (const [name, a] of allowed) {
    box.append(el('button', {
      type: 'button',
      text: a.label,
      onclick: async () => {
        const body = { action: name, department: department.value.trim(), officer: officer.value.trim() || undefined };
        if (reason.value.trim()) body.reason = reason.value.trim();
        if (a.date) body.newAppointmentDate = newDate.value || undefined;
        if (a.fee) body.fees = [{ name: feeName.value.trim() || 'Lệ phí', kind: 'le-phi', amount: Number(feeAmount.value) }];
        try {
          await call(`/officer/dossiers/${encodeURIComponent(dossier.code)}/actions`, { method: 'POST', body: JSON.stringify(body) });
          say(`${a.label}: đã cập nhật hồ sơ ${dossier.code}.`);
          await load();
        } catch (error) {
          say(`Không thực hiện được "${a.label}": ${error.message}`, 'error');
        }
      },
    }));
  }
  box.append(el('button', { type: 'button', text: 'Xác nhận chuyển khoản VietQR', onclick: () => confirmVietQr(dossier.code) }));
  return box;
}

// VietQR transfers have no callback: the officer confirms them after checking the bank statement.
async function confirmVietQr(code) {
  try {
    const { items } = await call(`/officer/dossiers/${encodeURIComponent(code)}/payments`);
    const open = items.filter((p) => p.method === 'vietqr' && (p.status === 'created' || p.status === 'started'));
    if (!open.length) return say(`Hồ sơ ${code} không có khoản chuyển khoản VietQR đang chờ.`, 'error');
    await call(`/officer/payments/${encodeURIComponent(open[0].id)}/confirm`, { method: 'POST', body: '{}' });
    say(`Đã xác nhận chuyển khoản ${open[0].amount.toLocaleString('vi-VN')} ₫ cho hồ sơ ${code}.`);
    await load();
  } catch (error) {
    say(`Không xác nhận được: ${error.message}`, 'error');
  }
}

function row(d) {
  const history = el('ol', { class: 'history' });
  for (const h of d.history) {
    history.append(el('li', { text: `${dateFmt.format(new Date(h.at))} – ${STATUS[h.status]} – ${h.department}${h.note ? ` – ${h.note}` : ''}` }));
  }
  return el('tr', {},
    el('th', { scope: 'row', text: d.code }),
    el('td', {}, el('div', { text: d.procedure.name }), el('div', { text: d.applicantName ?? '' }), el('details', {}, el('summary', { text: 'Lịch sử' }), history)),
    el('td', {}, el('span', { class: 'status', text: `${d.status} · ${STATUS[d.status]}` }),
      d.feesDue ? el('div', { text: `Còn phải nộp: ${d.feesDue.toLocaleString('vi-VN')} ₫` }) : null),
    el('td', { text: day(d.appointmentDate) }),
    el('td', { class: 'actions' }, actionForm(d)));
}

async function load() {
  const status = $('status').value;
  const { items } = await call(`/officer/dossiers?limit=100${status ? `&status=${status}` : ''}`);
  $('rows').replaceChildren(...items.map(row));
  if (!items.length) $('rows').append(el('tr', {}, el('td', { colspan: '5', text: 'Chưa có hồ sơ nào.' })));
}

for (const [code, label] of Object.entries(STATUS)) $('status').append(el('option', { value: code, text: `${code} · ${label}` }));
$('connect').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await load();
    say('Đã tải danh sách hồ sơ.');
  } catch (error) {
    say(`Không tải được danh sách: ${error.message}`, 'error');
  }
});
// The demo token is prefilled, so show the list straight away.
$('connect').requestSubmit();
