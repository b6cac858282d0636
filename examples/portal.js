// Until the finder component exists, the portal lists the catalogue through core's client (RestBackend).
// All backend text goes into the page with textContent: never as HTML.
import { RestBackend } from '/sdk/dvc-elements.js';

const backend = new RestBackend({ baseUrl: new URL('/api/v1/', location.href).href });
const form = document.getElementById('search-form');
const fieldSelect = document.getElementById('field');
const statusLine = document.getElementById('status');
const list = document.getElementById('results');
const prev = document.getElementById('prev');
const next = document.getElementById('next');
const PAGE_SIZE = 20;

const classLabels = { full: 'Toàn trình (mức độ 4)', partial: 'Một phần (mức độ 3)' };

function readState() {
  const params = new URLSearchParams(location.search);
  return { q: params.get('q') ?? '', field: params.get('field') ?? '', page: Number(params.get('page') ?? 1) || 1 };
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.field) params.set('field', state.field);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  history.pushState(null, '', query ? `?${query}` : location.pathname);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderItem(item) {
  const li = el('li', 'result');
  li.dataset.code = item.code;
  li.append(el('h3', 'result__name', item.name));
  const meta = el('p', 'result__meta');
  meta.append(el('span', 'result__code', `Mã: ${item.code}`), el('span', '', item.field.name), el('span', '', item.agency.name));
  li.append(meta);
  const badge = item.onlineClasses.length
    ? item.onlineClasses.map((c) => classLabels[c]).join(' · ')
    : 'Chỉ cung cấp thông tin (mức độ 2)';
  li.append(el('p', `result__class result__class--${item.onlineClasses[0] ?? 'info'}`, badge));
  if (item.description) li.append(el('p', 'result__desc', item.description));
  return li;
}

function renderFacets(facets, selected) {
  if (fieldSelect.options.length > 1) return;
  for (const facet of facets.field) {
    const option = el('option', '', `${facet.label} (${facet.count})`);
    option.value = facet.value;
    option.selected = facet.value === selected;
    fieldSelect.append(option);
  }
}

let controller;
async function load() {
  const state = readState();
  form.q.value = state.q;
  controller?.abort();
  controller = new AbortController();
  statusLine.textContent = 'Đang tìm…';
  list.setAttribute('aria-busy', 'true');
  try {
    const result = await backend.searchProcedures(
      { q: state.q || undefined, field: state.field || undefined, page: state.page, pageSize: PAGE_SIZE },
      { signal: controller.signal });
    renderFacets(result.facets, state.field);
    fieldSelect.value = state.field;
    list.replaceChildren(...result.items.map(renderItem));
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    statusLine.textContent = result.total
      ? `Tìm thấy ${result.total.toLocaleString('vi-VN')} thủ tục · trang ${state.page}/${pages}`
      : 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa ngắn hơn hoặc bỏ bộ lọc lĩnh vực.';
    prev.disabled = state.page <= 1;
    next.disabled = state.page >= pages;
  } catch (error) {
    if (error?.kind === 'aborted') return;
    statusLine.textContent = 'Không tải được danh mục thủ tục. Vui lòng kiểm tra kết nối mạng và thử lại.';
  } finally {
    list.removeAttribute('aria-busy');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeState({ q: form.q.value.trim(), field: fieldSelect.value, page: 1 });
  load();
});
fieldSelect.addEventListener('change', () => form.requestSubmit());
prev.addEventListener('click', () => { const s = readState(); writeState({ ...s, page: s.page - 1 }); load(); });
next.addEventListener('click', () => { const s = readState(); writeState({ ...s, page: s.page + 1 }); load(); });
window.addEventListener('popstate', load);

load();
