import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { DvcBackend, ProcedureDetail } from '@dvc/core';
import { deepText, mount, referenceBackend, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { examples } from '../examples.js';
import '../src/define.js';
import type { DvcProcedureDetail, DvcProcedureSelectedEvent } from '../src/index.js';
import { $, $$, loaded } from './helpers.js';
import { BIRTH } from './query-set.js';

const { detail, detailPartial, detailLevel2 } = examples;
// define.js registers the procedure page lazily: the first one in the page loads its code.
before(async () => {
  const probe = document.body.appendChild(document.createElement('dvc-procedure-detail'));
  await customElements.whenDefined('dvc-procedure-detail');
  probe.remove();
});

runElementBaseSuite('dvc-procedure-detail', { detail, detailPartial, detailLevel2 }, { langExample: false });

async function mountDetail(code: string, applyUrl?: string, backend: DvcBackend = referenceBackend()) {
  const el = await mount<DvcProcedureDetail>(applyUrl
    ? html`<dvc-procedure-detail .backend=${backend} code=${code} apply-url=${applyUrl}></dvc-procedure-detail>`
    : html`<dvc-procedure-detail .backend=${backend} code=${code}></dvc-procedure-detail>`);
  await loaded(el);
  return el;
}

const headings = (el: DvcProcedureDetail) => $$(el, 'h3').map((h) => h.textContent!.trim());

describe('<dvc-procedure-detail>', () => {
  afterEach(unmountAll);

  it('shows every section of a procedure page', async () => {
    const el = await mountDetail(BIRTH);
    expect($(el, 'h2')!.textContent).to.equal('Đăng ký khai sinh');
    expect(headings(el)).to.include.members([
      'Mức độ dịch vụ công trực tuyến', 'Trình tự thực hiện', 'Cách thức, thời hạn và phí', 'Thành phần hồ sơ',
      'Đối tượng thực hiện', 'Kết quả thực hiện', 'Yêu cầu, điều kiện', 'Căn cứ pháp lý',
    ]);
    const facts = deepText($(el, '[part~="facts"]')!);
    expect(facts).to.contain(BIRTH).and.contain('Hộ tịch').and.contain('UBND phường Ba Đình');
    const channels = deepText($(el, '[part~="channels"]')!);
    expect(channels).to.contain('Trực tuyến').and.contain('1 ngày làm việc').and.contain('Lệ phí đăng ký khai sinh đúng hạn');
    const documents = $$(el, '[part~="documents"]');
    expect(documents[0].querySelector('caption')!.textContent).to.equal('Trường hợp đăng ký khai sinh đúng hạn');
    expect(deepText(documents[0])).to.contain('Tờ khai đăng ký khai sinh').and.contain('1 bản chính');
    const template = $<HTMLAnchorElement>(el, '[part~="template"]')!;
    expect(template.getAttribute('href')).to.equal('/templates/TK-KS.docx');
    expect(template.textContent).to.contain('Mẫu TK-KS');
  });

  it('explains the online class in plain words, with the old level alongside', async () => {
    const full = await mountDetail(BIRTH);
    expect(deepText($(full, '[part~="online-class"]')!)).to.contain('Toàn trình (mức độ 4)').and.contain('không phải đến cơ quan');
    const partial = await mountDetail('1.000894');
    expect(deepText($(partial, '[part~="online-class"]')!)).to.contain('Một phần (mức độ 3)').and.contain('trực tiếp tại cơ quan');
  });

  it('shows fees in VND', async () => {
    const withFee = await mountDetail('2.001417');
    expect(deepText($(withFee, '[part~="channels"]')!)).to.match(/\d{1,3}(\.\d{3})+\s₫/);
    const free = await mountDetail(BIRTH);
    expect(deepText($(free, '[part~="channels"]')!)).to.contain('Không mất phí');
  });

  it('fires dvc-procedure-selected (bubbles, composed, cancelable, plain data) on "Nộp hồ sơ trực tuyến"', async () => {
    const el = await mountDetail(BIRTH);
    const button = $<HTMLButtonElement>(el, '[part~="apply-button"]')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent!.trim()).to.equal('Nộp hồ sơ trực tuyến');
    const fired = oneEvent(document.body, 'dvc-procedure-selected');
    button.click();
    const event = (await fired) as DvcProcedureSelectedEvent;
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal({
      code: BIRTH, name: 'Đăng ký khai sinh', onlineClasses: ['full'], applyUrl: null,
    });
  });

  it('leads to the apply-url template, unless the host prevents it', async () => {
    const el = await mountDetail(BIRTH, '/nop-ho-so.html?thu-tuc={code}');
    const link = $<HTMLAnchorElement>(el, '[part~="apply-button"]')!;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal('/nop-ho-so.html?thu-tuc=1.001193');
    const before = location.href;
    el.addEventListener('dvc-procedure-selected', (e) => e.preventDefault(), { once: true });
    const fired = oneEvent(el, 'dvc-procedure-selected');
    link.click();
    expect((await fired).detail.applyUrl).to.equal('/nop-ho-so.html?thu-tuc=1.001193');
    expect(location.href).to.equal(before);
  });

  it('says how to apply offline for a procedure that is not online (old level 2)', async () => {
    const el = await mountDetail('2.000884');
    expect($(el, '[part~="apply-button"]')).to.equal(null);
    const offline = deepText($(el, '[part~="offline"]')!);
    expect(offline).to.contain('chưa nộp trực tuyến được').and.contain('Trực tiếp').and.contain('UBND');
    expect(deepText($(el, '[part~="online-class"]')!)).to.contain('mức độ 2');
    expect(el.matches(':state(offline)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows data the host already has without a request', async () => {
    const procedure = (await referenceBackend().getProcedure(BIRTH)) as ProcedureDetail;
    const el = await mount<DvcProcedureDetail>(html`<dvc-procedure-detail .procedure=${procedure}></dvc-procedure-detail>`);
    expect($(el, 'h2')!.textContent).to.equal('Đăng ký khai sinh');
  });

  it('says when the procedure does not exist and retries', async () => {
    const el = await mountDetail('9.999999');
    expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(deepText($(el, '[part~="error"]')!)).to.contain('Không tìm thấy');
    expect(el.matches(':state(error)')).to.equal(true);
    el.code = BIRTH;
    await loaded(el);
    await waitUntil(() => $(el, 'h2'));
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('passes axe with everything shown, and speaks English', async () => {
    const el = await mountDetail(BIRTH);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await waitUntil(() => $(el, '[part~="apply-button"]')!.textContent!.trim() === 'Apply online', 'not English');
    expect(headings(el)).to.include('Documents');
  });
});
