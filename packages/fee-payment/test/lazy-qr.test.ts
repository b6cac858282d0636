// The QR encoder is a module of its own: choosing and reviewing a payment does not download it; showing a
// VietQR transfer does, and draws the code once it is there. Its own page, so no earlier test loaded it.
import { expect, html, waitUntil } from '@open-wc/testing';
import { mount, referenceBackend, unmountAll } from '@dvc/core/testing.js';
import '../src/define.js';
import type { DvcFeePayment } from '../src/index.js';
import { submit } from './helpers.js';

const encoderRequested = () => performance.getEntriesByType('resource').some((entry) => /\/internal\/qr\.ts|\/uqr\//.test(entry.name));

describe('<dvc-fee-payment> QR encoder loading', () => {
  afterEach(unmountAll);

  it('downloads the encoder only when a VietQR transfer is shown', async () => {
    const d = await submit();
    const el = await mount<DvcFeePayment>(html`<dvc-fee-payment lang="vi" .backend=${referenceBackend()}
      dossier-code=${d.code} verification=${d.secret} method="vietqr"></dvc-fee-payment>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="pay"]'), 'no pay button', { timeout: 5000 });
    expect(encoderRequested(), 'the encoder downloaded before a QR was needed').to.equal(false);

    el.addEventListener('dvc-payment-started', (e) => e.preventDefault());
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pay"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="qr"]'), 'the QR code was not drawn', { timeout: 8000 });
    expect(encoderRequested()).to.equal(true);
    const path = el.shadowRoot!.querySelector('[part~="qr"] path')!;
    expect(path.getAttribute('d')).to.match(/^M4 4h7v1h-7z/); // the top-left finder pattern, quiet zone 4
  });
});
