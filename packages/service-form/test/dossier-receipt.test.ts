import { expect, html } from '@open-wc/testing';
import { mount, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { examples, sampleReceipt } from '../examples.js';
import '../src/define.js';
import type { DvcDossierReceipt } from '../src/dossier-receipt.js';

runElementBaseSuite('dvc-dossier-receipt', { submitted: examples.submitted, receiptCounter: examples.receiptCounter });

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<dvc-dossier-receipt>', () => {
  afterEach(unmountAll);

  it('shows the dossier code, received time, appointment date, fees and the lookup code', async () => {
    const el = await mount<DvcDossierReceipt>(examples.submitted.render());
    const t = text(el);
    expect(el.shadowRoot!.querySelector('[part~=code]')!.textContent).to.equal('000.00.01.H29-260310-0420');
    expect(t).to.contain('10/03/2026 14:05'); // received, in Asia/Ho_Chi_Minh
    expect(t).to.contain('12/03/2026');
    expect(t).to.contain('16.000');
    expect(t).to.contain('K7P-4QX-92M');
  });

  it('draws the code as a Code 128 barcode in SVG with an accessible name', async () => {
    const el = await mount<DvcDossierReceipt>(examples.submitted.render());
    const svg = el.shadowRoot!.querySelector('svg[part~=barcode]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.contain('000.00.01.H29-260310-0420');
    expect(svg.querySelectorAll('rect').length).to.be.greaterThan(30);
  });

  it('level 4: pay online now, with the pay link carrying the code', async () => {
    const el = await mount<DvcDossierReceipt>(examples.submitted.render());
    expect(text(el)).to.contain('trực tuyến ngay');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=pay]')!.getAttribute('href')).to.equal('/thanh-toan?ma=000.00.01.H29-260310-0420');
  });

  it('level 3: where to pay and collect', async () => {
    const el = await mount<DvcDossierReceipt>(examples.receiptCounter.render());
    expect(text(el)).to.contain('tại Bộ phận Một cửa của UBND Phường Ba Đình');
    expect(text(el)).to.contain('Mang giấy này đến Bộ phận Một cửa');
    expect(el.shadowRoot!.querySelector('[part~=pay]')).to.equal(null);
  });

  it('says there are no fees when nothing is due', async () => {
    const el = await mount<DvcDossierReceipt>(html`<dvc-dossier-receipt .receipt=${{ ...sampleReceipt, fees: { ...sampleReceipt.fees, due: 0 } }}></dvc-dossier-receipt>`);
    expect(text(el)).to.contain('Không phải nộp phí, lệ phí');
  });

  it('has a print layout after Circular 01/2018 form 01', async () => {
    const el = await mount<DvcDossierReceipt>(examples.submitted.render());
    const css = (el.constructor as typeof DvcDossierReceipt).elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('');
    expect(css).to.contain('@media print');
    expect(text(el)).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(text(el)).to.contain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(el)).to.contain('Mẫu số 01');
  });
});
