import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BackendError } from '@dvc/core';
import type { DvcBackend } from '@dvc/core';
import { RecordingBackend, deepText, mount, referenceBackend, runElementBaseSuite, unmountAll } from '@dvc/core/testing.js';
import { examples } from '../examples.js';
import '../src/define.js';
import type { DvcProcedureDetail, DvcProcedureFinder } from '../src/index.js';
import { $, $$, loaded, resultCodes, results, search, statusText } from './helpers.js';
import { BIRTH, querySet } from './query-set.js';

const { finder, serverSearch, english } = examples;
runElementBaseSuite('dvc-procedure-finder', { finder, serverSearch, english }, { langExample: false });

async function mountFinder(attrs: { backend?: DvcBackend; search?: string; pageSize?: number; urlState?: boolean; localLimit?: number } = {}) {
  const backend = attrs.backend ?? referenceBackend();
  const el = await mount<DvcProcedureFinder>(attrs.urlState
    ? html`<dvc-procedure-finder .backend=${backend} search=${attrs.search ?? 'auto'} page-size=${attrs.pageSize ?? 20}></dvc-procedure-finder>`
    : html`<dvc-procedure-finder .backend=${backend} search=${attrs.search ?? 'auto'} page-size=${attrs.pageSize ?? 20}
        local-limit=${attrs.localLimit ?? 5000} no-url-state></dvc-procedure-finder>`);
  await results(el);
  return el;
}

describe('<dvc-procedure-finder>', () => {
  afterEach(unmountAll);

  describe('search quality on the fixed query set', () => {
    for (const mode of ['local', 'server'] as const) {
      it(`finds what each query must find (${mode})`, async () => {
        const el = await mountFinder({ search: mode });
        for (const c of querySet) {
          await search(el, c.q);
          const codes = resultCodes(el);
          if (c.first) expect(codes[0], `${c.kind} "${c.q}"`).to.equal(c.first);
          if (c.atLeast) expect(Number(/\d+/.exec(statusText(el))![0]), `${c.kind} "${c.q}"`).to.be.at.least(c.atLeast);
        }
      });
    }

    it('shows birth registration first while "dang ky khai s" is being typed, key by key', async () => {
      const el = await mountFinder();
      $<HTMLInputElement>(el, '#q')!.focus();
      await sendKeys({ type: 'dang ky khai s' });
      await results(el);
      expect(resultCodes(el)[0]).to.equal(BIRTH);
    });

    it('gives the same results locally and through the server', async () => {
      const local = await mountFinder({ search: 'local' });
      const server = await mountFinder({ search: 'server' });
      for (const q of ['dang ky', 'giay phep', 'ho tich', 'cap lai', '']) {
        await search(local, q);
        await search(server, q);
        expect(resultCodes(server), q).to.deep.equal(resultCodes(local));
        expect(statusText(server), q).to.equal(statusText(local));
      }
    });

    it('marks the matched words, built from text (no HTML from the query or the data)', async () => {
      const el = await mountFinder();
      await search(el, 'dang ky khai si');
      const marks = $$(el, '[part~="result"]:first-child h3 mark').map((m) => m.textContent);
      expect(marks.join(' ')).to.equal('Đăng ký khai si');
      await search(el, '<img src=x onerror=alert(1)>');
      expect($(el, 'img')).to.equal(null);
      expect(deepText($(el, '[part~="empty"]')!)).to.contain('<img src=x onerror=alert(1)>');
    });
  });

  describe('filters and counts', () => {
    it('filters by field; each option counts over the query and the other filters', async () => {
      const el = await mountFinder();
      await search(el, 'dang ky');
      const select = $<HTMLSelectElement>(el, '#filter-field')!;
      const option = [...select.options].find((o) => o.value === 'ho-tich')!;
      const count = Number(/\((\d+)\)/.exec(option.textContent!)![1]);
      const others = [...select.options].map((o) => o.textContent);
      select.value = 'ho-tich';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(resultCodes(el)).to.have.length(count);
      expect(statusText(el)).to.contain(String(count));
      expect($$(el, '[part~="result"] .meta').every((m) => m.textContent!.includes('Hộ tịch'))).to.equal(true);
      // the field facet ignores its own filter
      expect([...$<HTMLSelectElement>(el, '#filter-field')!.options].map((o) => o.textContent)).to.deep.equal(others);
      // the class facet counts inside the field
      const classSelect = $<HTMLSelectElement>(el, '#filter-class')!;
      const full = [...classSelect.options].find((o) => o.value === 'full')!;
      expect(full.textContent).to.match(/Toàn trình – Mức độ 4 \(\d+\)/);
      classSelect.value = 'full';
      classSelect.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(resultCodes(el)).to.have.length(Number(/\((\d+)\)$/.exec(full.textContent!)![1]));
    });

    it('clears the query and every filter at once', async () => {
      const el = await mountFinder();
      await search(el, 'dang ky');
      const select = $<HTMLSelectElement>(el, '#filter-level')!;
      select.value = 'xa';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="clear"]')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
      expect($<HTMLSelectElement>(el, '#filter-level')!.value).to.equal('');
      expect(statusText(el)).to.match(/Tìm thấy 66 thủ tục/);
      expect(el.shadowRoot!.activeElement?.id).to.equal('q');
    });

    it('announces the count in a live region', async () => {
      const el = await mountFinder();
      await search(el, 'dang ky khai sinh');
      const status = $(el, '[part~="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Tìm thấy 3 thủ tục.');
    });
  });

  describe('empty, loading, error', () => {
    it('suggests what to try when nothing matches, and offers to drop the filters with their count', async () => {
      const el = await mountFinder();
      const select = $<HTMLSelectElement>(el, '#filter-field')!;
      select.value = 'xay-dung';
      select.dispatchEvent(new Event('change'));
      await search(el, 'khai sinh');
      const empty = $(el, '[part~="empty"]')!;
      expect(empty.textContent).to.contain('Không tìm thấy thủ tục nào phù hợp với “khai sinh”');
      expect(empty.textContent).to.contain('gõ không dấu');
      const drop = [...empty.querySelectorAll('button')].find((b) => b.textContent!.includes('Bỏ bộ lọc'))!;
      expect(drop.textContent).to.contain('(3 kết quả)');
      drop.click();
      await el.updateComplete;
      expect(resultCodes(el)[0]).to.equal(BIRTH);
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton while the catalogue loads', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const inner = referenceBackend();
      const slow = Object.assign(Object.create(inner) as DvcBackend, {
        getProcedureIndex: async (o?: object) => { await gate; return inner.getProcedureIndex(o); },
      });
      const el = await mount<DvcProcedureFinder>(html`<dvc-procedure-finder .backend=${slow} search="local" no-url-state></dvc-procedure-finder>`);
      await el.updateComplete;
      expect($(el, '[part~="skeleton"]')).to.not.equal(null);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(statusText(el)).to.equal('Đang tải danh mục thủ tục…');
      await expect(el).to.be.accessible();
      release();
      await results(el);
      expect($(el, '[part~="skeleton"]')).to.equal(null);
    });

    it('says what went wrong and retries', async () => {
      const inner = referenceBackend();
      let fail = true;
      const flaky = Object.assign(Object.create(inner) as DvcBackend, {
        getProcedureIndex: async (o?: object) => {
          if (fail) throw new BackendError('offline', { kind: 'network' });
          return inner.getProcedureIndex(o);
        },
      });
      const el = await mount<DvcProcedureFinder>(html`<dvc-procedure-finder .backend=${flaky} search="local" no-url-state></dvc-procedure-finder>`);
      await waitUntil(() => $(el, '[part~="error"]'), 'no error shown');
      expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part~="error"]')!.textContent).to.contain('Không kết nối được tới máy chủ');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
      fail = false;
      $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
      await results(el);
      expect(statusText(el)).to.match(/Tìm thấy 66/);
    });
  });

  describe('where the results come from', () => {
    it('downloads the index once for every finder on the page, then searches locally', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const a = await mountFinder({ backend: recorder.backend, search: 'local' });
      await mountFinder({ backend: recorder.backend, search: 'local' });
      await search(a, 'khai sinh');
      expect(recorder.calls('getProcedureIndex')).to.have.length(1);
      expect(recorder.calls('searchProcedures')).to.have.length(0);
    });

    it('revalidates the stored index with its ETag on the next page load', async () => {
      await mountFinder({ search: 'local' }); // stores the index with its ETag in sessionStorage
      const recorder = new RecordingBackend(referenceBackend());
      await mountFinder({ backend: recorder.backend, search: 'local' });
      const [call] = recorder.calls('getProcedureIndex');
      expect((call.args[0] as { etag?: string }).etag).to.match(/^"/);
    });

    it('searches on the server when the catalogue is larger than local-limit', async () => {
      const recorder = new RecordingBackend(referenceBackend());
      const el = await mountFinder({ backend: recorder.backend, localLimit: 10 });
      await search(el, 'dang ky khai sinh');
      expect(resultCodes(el)[0]).to.equal(BIRTH);
      expect(recorder.calls('getProcedureIndex')).to.have.length(0);
      expect(recorder.calls('searchProcedures').length).to.be.greaterThan(0);
    });
  });

  describe('pages', () => {
    it('pages through results and moves focus to the results', async () => {
      const el = await mountFinder({ pageSize: 5 });
      expect(statusText(el)).to.equal('Tìm thấy 66 thủ tục, trang 1 trên 14.');
      const first = resultCodes(el);
      const next = $$<HTMLButtonElement>(el, '[part~="pagination"] button')[1];
      next.click();
      await el.updateComplete;
      expect(statusText(el)).to.equal('Tìm thấy 66 thủ tục, trang 2 trên 14.');
      expect(resultCodes(el)).to.have.length(5);
      expect(resultCodes(el)).to.not.deep.equal(first);
      expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
      expect($(el, 'ol')!.getAttribute('start')).to.equal('6');
    });
  });

  describe('keyboard', () => {
    it('moves through results with the arrow keys and opens one with Enter', async () => {
      const el = await mountFinder();
      await search(el, 'dang ky');
      $<HTMLInputElement>(el, '#q')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      const links = $$(el, '[part~="result-link"]');
      expect(el.shadowRoot!.activeElement).to.equal(links[0]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(links[2]);
      await sendKeys({ press: 'ArrowUp' });
      expect(el.shadowRoot!.activeElement).to.equal(links[1]);
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(links.at(-1));
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowUp' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('q');
      await sendKeys({ press: 'ArrowDown' });
      const code = resultCodes(el)[0];
      const opened = oneEvent(el, 'dvc-procedure-open');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.code).to.equal(code);
      await el.updateComplete;
      await customElements.whenDefined('dvc-procedure-detail'); // its code loads on first open
      const detail = $<DvcProcedureDetail>(el, 'dvc-procedure-detail')!;
      expect(detail.code).to.equal(code);
      await loaded(detail);
      await waitUntil(() => detail.shadowRoot!.activeElement?.tagName === 'H2', 'focus did not move to the procedure name');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="back"]')!.click();
      await results(el);
      await waitUntil(() => el.shadowRoot!.activeElement?.closest('li')?.dataset.code === code, 'focus did not return to the result');
    });

    it('lets the host open a result its own way', async () => {
      const el = await mountFinder();
      el.addEventListener('dvc-procedure-open', (e) => e.preventDefault());
      $<HTMLAnchorElement>(el, '[part~="result-link"]')!.click();
      await el.updateComplete;
      expect($(el, 'dvc-procedure-detail')).to.equal(null);
    });
  });

  describe('the page address', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('keeps the query and filters in the URL; back and forward restore them', async () => {
      const el = await mountFinder({ urlState: true });
      await search(el, 'dang ky');
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      expect(new URLSearchParams(location.search).get('q')).to.equal('dang ky');
      const select = $<HTMLSelectElement>(el, '#filter-field')!;
      select.value = 'cu-tru';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('field')).to.equal('cu-tru');
      const filtered = resultCodes(el);
      history.back();
      await waitUntil(() => !new URLSearchParams(location.search).has('field'), 'back did not happen');
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#filter-field')!.value).to.equal('');
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('dang ky');
      history.back();
      await waitUntil(() => !new URLSearchParams(location.search).has('q'), 'second back did not happen');
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
      history.forward();
      history.forward();
      await waitUntil(() => new URLSearchParams(location.search).get('field') === 'cu-tru', 'forward did not happen');
      await el.updateComplete;
      expect(resultCodes(el)).to.deep.equal(filtered);
    });

    it('starts from a shared link, procedure page included', async () => {
      history.replaceState(null, '', `?q=khai+sinh&class=full&procedure=${BIRTH}&other=kept`);
      const el = await mount<DvcProcedureFinder>(html`<dvc-procedure-finder .backend=${referenceBackend()}></dvc-procedure-finder>`);
      const detail = $<DvcProcedureDetail>(el, 'dvc-procedure-detail')!;
      await loaded(detail);
      expect(detail.shadowRoot!.querySelector('h2')!.textContent).to.equal('Đăng ký khai sinh');
      $<HTMLButtonElement>(el, '[part~="back"]')!.click();
      await results(el);
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('khai sinh');
      expect($<HTMLSelectElement>(el, '#filter-class')!.value).to.equal('full');
      expect(new URLSearchParams(location.search).get('other')).to.equal('kept');
      expect(new URLSearchParams(location.search).has('procedure')).to.equal(false);
    });
  });

  describe('language', () => {
    it('switches language when lang changes around it', async () => {
      const container = await mount<HTMLElement>(html`<div lang="vi"><dvc-procedure-finder .backend=${referenceBackend()} page-size="100" no-url-state></dvc-procedure-finder></div>`);
      const el = container.querySelector('dvc-procedure-finder')!;
      await results(el);
      expect(statusText(el)).to.equal('Tìm thấy 66 thủ tục.');
      container.lang = 'en';
      await waitUntil(() => statusText(el) === '66 procedures found.', 'not English');
      expect($(el, 'label[for="filter-class"]')!.textContent).to.equal('Online service level');
      container.lang = 'vi';
      await waitUntil(() => statusText(el) === 'Tìm thấy 66 thủ tục.', 'not Vietnamese again');
    });
  });
});
