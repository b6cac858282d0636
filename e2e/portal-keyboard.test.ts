// The level-4 journey of the cross-origin test, with the keyboard alone: the guide's plain-HTML page on
// its own origin, the reference server on another, and a citizen who only presses Tab, Shift+Tab, Enter,
// Space, arrow keys and types. Focus is never set by the test: every control must be reachable with
// Tab within a few presses, focus must show, and the portal must move focus to the new view's heading
// when the view changes. A guard on every document records any mouse event; there must be none.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  focusIsVisible, focused, mouseUsed, named, recordPointerEvents, tabTo, waitForFocus, type Focused, type PointerRecord,
} from './support/keyboard.js';
import { GUIDE_PROCEDURE } from './support/portal-page.js';
import { useGuideSession } from './support/session.js';

const { code: PROCEDURE, name: PROCEDURE_NAME } = GUIDE_PROCEDURE;
const OFFICER = { authorization: 'Bearer demo-officer' };

/** The portal's own view heading has focus. */
const viewHeading = (f: Focused) => f.id === 'view-heading' && f.hosts.join(' ') === 'dvc-service-portal';
/** The form's step heading has focus. */
const stepHeading = (f: Focused) => f.id === 'page-heading' && f.hosts.at(-1) === 'dvc-service-form';
const button = (name: string | RegExp) => (f: Focused) => f.tag === 'button' && named(name)(f);
const link = (name: string | RegExp) => (f: Focused) => f.tag === 'a' && named(name)(f);
/** A form field by its label (the form's labels also carry "(không bắt buộc)" on optional fields). */
const fieldLabelled = (label: string) => (f: Focused) => ['input', 'select', 'textarea'].includes(f.tag) && f.name.startsWith(label);
const radio = (label: string | RegExp) => (f: Focused) => f.type === 'radio' && named(label)(f);

describe('<dvc-service-portal> with the keyboard alone', () => {
  const s = useGuideSession();
  let code = '';
  const pointer: PointerRecord[] = [];

  /** The text of what `path` names, one selector per shadow root on the way down (a host's text is its shadow root's). */
  const deepText = (path: string[]) => s.page.evaluate((selectors) => {
    let node: Element | null | undefined = document.querySelector(selectors[0]!);
    for (const s of selectors.slice(1)) node = node?.shadowRoot?.querySelector(s);
    return (node?.shadowRoot ?? node)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  }, path);
  const waitForDeep = (path: string[], text?: string) => s.page.waitForFunction(([selectors, wanted]) => {
    let node: Element | null | undefined = document.querySelector(selectors[0]!);
    for (const s of selectors.slice(1)) node = node?.shadowRoot?.querySelector(s);
    return !!node && (!wanted || (node.textContent ?? '').includes(wanted));
  }, [path, text ?? ''] as const, { timeout: 15_000 });
  const type = async (match: (f: Focused) => boolean, what: string, text: string) => {
    const f = await tabTo(s.page, match, what);
    await s.page.keyboard.type(text);
    return f;
  };
  const PORTAL = 'dvc-service-portal';
  const FORM = [PORTAL, 'dvc-service-form'];

  before(async () => {
    await recordPointerEvents(s.page, pointer);
  });

  test('searches and opens the procedure from the results with Tab, typing, arrow keys and Enter', async () => {
    await s.page.goto(s.host.url);
    await waitForDeep([PORTAL, 'dvc-procedure-finder', '[part~="result"]']);
    const search = await tabTo(s.page, fieldLabelled('Tìm thủ tục hành chính'), 'the search box', { limit: 5 });
    assert.ok(focusIsVisible(search), 'the search box shows focus');
    await s.page.keyboard.type('doi giay phep lai xe');
    await s.page.keyboard.press('Enter');
    await waitForDeep([PORTAL, 'dvc-procedure-finder', `[part~="result"][data-code="${PROCEDURE}"]`]);
    // ArrowDown from the search box goes into the results, and on through them
    let result: Focused | null = null;
    for (let i = 0; i < 10 && !(result && named(PROCEDURE_NAME)(result)); i++) {
      await s.page.keyboard.press('ArrowDown');
      result = await focused(s.page);
    }
    assert.ok(result && link(PROCEDURE_NAME)(result), `the result link has focus (${result?.name})`);
    assert.ok(focusIsVisible(result), 'the result link shows focus');
    await s.page.keyboard.press('Enter');

    await waitForDeep([PORTAL, 'dvc-procedure-finder', 'dvc-procedure-detail']);
    await waitForFocus(s.page, (f) => f.hosts.includes('dvc-procedure-finder') && (f.tag === 'dvc-procedure-detail' || f.hosts.includes('dvc-procedure-detail')),
      'the procedure page');
    const apply = await tabTo(s.page, link('Nộp hồ sơ trực tuyến'), '“Nộp hồ sơ trực tuyến”', { limit: 10 });
    assert.ok(focusIsVisible(apply), 'the apply link shows focus');
    await s.page.keyboard.press('Enter');

    await s.page.waitForFunction((c) => location.hash === `#/nop-ho-so/${c}`, PROCEDURE);
    const heading = await waitForFocus(s.page, viewHeading, 'the application view’s heading');
    assert.equal(heading.name, `Nộp hồ sơ: ${PROCEDURE_NAME}`);
  });

  test('fills every step of the form and submits it', async () => {
    await waitForDeep([...FORM, '[name="/nguoiDeNghi/hoTen"]']);
    const name = await type(fieldLabelled('Họ, chữ đệm và tên'), 'the applicant’s name', 'Trần Văn Minh');
    assert.equal(name.field, '/nguoiDeNghi/hoTen');
    assert.ok(focusIsVisible(name), 'a text field shows focus');
    await type(fieldLabelled('Số định danh cá nhân'), 'the citizen id', '001085004321');
    await type(fieldLabelled('Số điện thoại di động'), 'the phone', '0903123456');

    // address: the province, then the commune (listed once the province is chosen), with arrow keys
    let province = await tabTo(s.page, fieldLabelled('Tỉnh/Thành phố'), 'the province');
    await s.page.waitForFunction((s) => document.querySelector(s[0]!)?.shadowRoot?.querySelector(s[1]!)?.shadowRoot
      ?.querySelector('select[name="/nguoiDeNghi/diaChi/provinceCode"] option[value="01"]'), FORM);
    for (let i = 0; i < 80 && province.selected !== 'Thành phố Hà Nội'; i++) {
      await s.page.keyboard.press('ArrowDown');
      province = (await focused(s.page))!;
    }
    assert.equal(province.value, '01');
    await s.page.waitForFunction((s) => document.querySelector(s[0]!)?.shadowRoot?.querySelector(s[1]!)?.shadowRoot
      ?.querySelector('select[name="/nguoiDeNghi/diaChi/communeCode"]:not(:disabled) option[value]:not([value=""])'), FORM);
    const commune = await tabTo(s.page, fieldLabelled('Xã/Phường/Đặc khu'), 'the commune', { limit: 3 });
    await s.page.keyboard.press('ArrowDown');
    const chosen = (await focused(s.page))!;
    assert.equal(chosen.field, commune.field);
    assert.match(chosen.value, /^01\d{3}$/);
    await type(fieldLabelled('Số nhà, đường/phố'), 'the street', 'Số 5 phố Kim Mã');

    const next = await tabTo(s.page, button('Tiếp tục'), '“Tiếp tục”');
    assert.ok(focusIsVisible(next), 'the button shows focus');
    await s.page.keyboard.press('Enter');
    assert.match((await waitForFocus(s.page, stepHeading, 'step 2’s heading')).name, /Bước 2\/5 Giấy phép lái xe/);

    await type(fieldLabelled('Số giấy phép lái xe'), 'the licence number', '010123456789');
    const classB = await tabTo(s.page, (f) => f.type === 'checkbox' && f.name === 'B', 'class B');
    assert.ok(focusIsVisible(classB), 'a checkbox shows focus');
    await s.page.keyboard.press('Space');
    assert.equal((await focused(s.page))?.checked, true);
    await type(fieldLabelled('Ngày cấp'), 'the date of issue', '20/08/2015');
    await type(fieldLabelled('Cơ quan cấp'), 'the issuer', 'Sở Giao thông vận tải Hà Nội');
    // Tab enters the reasons on the first radio; ArrowDown moves to (and chooses) the next one
    await tabTo(s.page, (f) => f.type === 'radio' && f.field === '/lyDo', 'the reasons');
    await s.page.keyboard.press('ArrowDown');
    const reason = (await focused(s.page))!;
    assert.deepEqual([reason.name, reason.checked], ['Giấy phép bị hỏng', true]);
    await tabTo(s.page, button('Tiếp tục'), '“Tiếp tục”');
    await s.page.keyboard.press('Enter');
    assert.match((await waitForFocus(s.page, stepHeading, 'step 3’s heading')).name, /Bước 3\/5 Sức khỏe và ảnh/);

    await tabTo(s.page, button('Tiếp tục'), '“Tiếp tục”');
    await s.page.keyboard.press('Enter');
    assert.match((await waitForFocus(s.page, stepHeading, 'step 4’s heading')).name, /Bước 4\/5 Nhận kết quả/);

    await tabTo(s.page, radio('Nhận bản điện tử trên Cổng Dịch vụ công'), 'the electronic copy');
    await s.page.keyboard.press('Space');
    await tabTo(s.page, radio('Nhận kết quả trực tuyến'), 'the online result channel');
    await s.page.keyboard.press('Space');
    assert.equal((await focused(s.page))?.checked, true);
    await tabTo(s.page, button('Kiểm tra và gửi'), '“Kiểm tra và gửi”');
    await s.page.keyboard.press('Enter');
    assert.match((await waitForFocus(s.page, stepHeading, 'the review’s heading')).name, /Bước 5\/5 Kiểm tra lại thông tin/);
    const review = await deepText([...FORM, 'form']) ?? '';
    for (const text of ['Trần Văn Minh', '001085004321', '010123456789', 'Giấy phép bị hỏng', '20/08/2015']) {
      assert.ok(review.includes(text), `the review shows ${text}`);
    }

    const send = await tabTo(s.page, button('Gửi hồ sơ'), '“Gửi hồ sơ”', { limit: 60 });
    assert.ok(focusIsVisible(send), 'the send button shows focus');
    await s.page.keyboard.press('Enter');
    await waitForFocus(s.page, (f) => f.tag === 'dvc-dossier-receipt', 'the receipt');
    code = (await deepText([...FORM, 'dvc-dossier-receipt', '[part~="code"]'])) ?? '';
    assert.match(code, /^[\w.]+-\d{6}-\d{4}$/);
    assert.match(await deepText([...FORM, 'dvc-dossier-receipt']) ?? '', /Đã nộp hồ sơ thành công.*115\.000/);
  });

  test('goes to payment from the receipt and pays at the gateway, all by keyboard', async () => {
    const pay = await tabTo(s.page, link('Thanh toán ngay'), '“Thanh toán ngay”');
    assert.deepEqual(pay.hosts, ['dvc-service-portal', 'dvc-service-form', 'dvc-dossier-receipt']);
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction((c) => location.hash === `#/thanh-toan/${encodeURIComponent(c)}`, code);
    const heading = await waitForFocus(s.page, viewHeading, 'the payment view’s heading');
    assert.equal(heading.name, `Thanh toán phí, lệ phí hồ sơ ${code}`);

    await waitForDeep([PORTAL, 'dvc-fee-payment', 'input[name="method"]']);
    await tabTo(s.page, radio(/^Thanh toán trực tuyến qua cổng thanh toán/), 'the gateway');
    await s.page.keyboard.press('Space');
    assert.equal((await focused(s.page))?.checked, true);
    await tabTo(s.page, button('Tiếp tục'), '“Tiếp tục”', { limit: 5 });
    await s.page.keyboard.press('Enter');
    assert.equal((await waitForFocus(s.page, (f) => f.hosts.at(-1) === 'dvc-fee-payment' && f.role === 'heading', 'the review’s heading')).name,
      'Kiểm tra trước khi thanh toán');
    const payButton = await tabTo(s.page, button('Thanh toán 115.000 ₫'), 'the pay button');
    assert.ok(focusIsVisible(payButton), 'the pay button shows focus');
    await s.page.keyboard.press('Enter');

    await s.page.waitForURL((url) => url.pathname.startsWith('/api/v1/sandbox/pay/'));
    const gatewayPay = await tabTo(s.page, button('Thanh toán'), 'the gateway’s pay button', { limit: 5 });
    assert.ok(focusIsVisible(gatewayPay), 'the gateway’s button shows focus');
    await s.page.keyboard.press('Enter');

    await s.page.waitForURL((url) => url.origin === s.host.origin && url.hash === `#/thanh-toan/${encodeURIComponent(code)}`);
    await s.page.waitForFunction(() => document.querySelector('dvc-service-portal')?.shadowRoot?.querySelector('dvc-fee-payment')
      ?.matches(':state(success)'), undefined, { timeout: 15_000 });
    assert.match(await deepText([PORTAL, '[part~="view"] > [part~="next"]']) ?? '', /Đã thanh toán xong/);
  });

  test('goes on to tracking with Shift+Tab and Enter', async () => {
    // the page was loaded anew: the "track" link closes the view, the last stop going backwards
    await tabTo(s.page, link(`Theo dõi hồ sơ ${code}`), '“Theo dõi hồ sơ”', { backwards: true, limit: 3 });
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction((c) => location.hash === `#/tra-cuu/${encodeURIComponent(c)}`, code);
    assert.equal((await waitForFocus(s.page, viewHeading, 'the tracking view’s heading')).name, 'Tra cứu hồ sơ');
    await waitForDeep([PORTAL, 'dvc-status-tracker', '[part~="status"]'], 'Mới đăng ký');
    assert.ok((await deepText([PORTAL, 'dvc-status-tracker', '[part~="summary"]']))?.includes(code));
  });

  test('the dossier was created once and paid', async () => {
    const res = await fetch(`${s.server.url}/api/v1/officer/dossiers?limit=200`, { headers: OFFICER });
    const items = ((await res.json()) as { items: { code: string; feesDue: number; procedure: { code: string } }[] }).items;
    const mine = items.filter((d) => d.code === code);
    assert.deepEqual(mine.map((d) => [d.procedure.code, d.feesDue]), [[PROCEDURE, 0]]);
  });

  test('no mouse was used: only key presses’ clicks reached the page', () => {
    assert.deepEqual(mouseUsed(pointer), []);
    assert.ok(pointer.some((r) => r.type === 'click'), 'the guard saw the clicks that Enter and Space synthesise');
  });

  test('no console errors', () => {
    assert.deepEqual(s.problems, []);
  });
});
