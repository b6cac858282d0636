// What a page downloads from the all-in-one bundle (npm run bench, after the build): the built
// reference server serves /sdk/ as in production; headless Chromium opens a page per scenario and every
// JavaScript file it fetches from /sdk/ is counted at its gzip -9 size. Scenarios:
//  - tracker only: a page with one <dvc-status-tracker>;
//  - full journey: <dvc-service-portal>, then every view of the level-4 journey (finder, procedure page,
//    form with its validators, receipt, payment by the gateway, tracker following a real dossier), with
//    Ajv compiling in the browser;
//  - full journey, strict CSP: the same with validators precompiled by the backend.
// Prints a table, then one JSON line (last).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { startServer } from '../../../e2e/support/server.js';
import { formSamples } from '../../server/src/seed/forms/index.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const KB = 1024;
const BUDGETS = { trackerOnly: 20 * KB, journey: 70 * KB, journeyStrictCsp: 35 * KB };

interface Scenario {
  readonly files: Record<string, number>;
  readonly gzipBytes: number;
  readonly budgetBytes: number;
  readonly withinBudget: boolean;
}

const JOURNEY_TAGS = ['dvc-procedure-finder', 'dvc-procedure-detail', 'dvc-service-form', 'dvc-dossier-receipt', 'dvc-fee-payment', 'dvc-status-tracker'];

/** The page's markup and what to run in it once the bundle has loaded. */
/** A birth registration submitted over HTTP, for the tracker to follow. */
async function submitDossier(origin: string): Promise<{ code: string; secret: string }> {
  const code = '1.001193';
  const { version } = await (await fetch(`${origin}/api/v1/procedures/${code}/form`)).json() as { version: string };
  const res = await fetch(`${origin}/api/v1/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ procedureCode: code, formVersion: version, data: formSamples[code], resultChannel: 'online', contact: { phone: '0912345678' } }),
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  const receipt = await res.json() as { dossierCode: string; lookupSecret: string };
  return { code: receipt.dossierCode, secret: receipt.lookupSecret };
}

async function measure(
  browser: Browser, origin: string, body: string, budgetBytes: number, journey?: { precompiled: boolean; dossier: { code: string; secret: string } },
): Promise<Scenario> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files: Record<string, number> = {};
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/sdk/') && path.endsWith('.js')) {
      files[path.slice('/sdk/'.length)] = gzipSync(readFileSync(DIST + path.slice('/sdk/'.length)), { level: 9 }).length;
    }
  });
  // A blank page of the portal's origin, so the bundle and the API are same-origin as in the demo.
  await page.route(`${origin}/bench.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title>
      <script type="module" src="/sdk/dvc-elements.js"></script></head><body>${body}</body></html>`,
  }));
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => customElements.get('dvc-config'));
  if (journey) {
    await page.evaluate(async ({ tags, precompiled, dossier }) => {
      const sdk = await import('/sdk/dvc-elements.js' as string) as {
        configure(config: Record<string, unknown>): void;
        loadElement(tag: string): Promise<void>;
      };
      sdk.configure({ baseUrl: '/api/v1', precompiledValidators: precompiled });
      for (const tag of tags) await sdk.loadElement(tag);
      // The form of a level-4 procedure, rendered until its fields are there (validators ready).
      const form = document.createElement('dvc-service-form');
      form.setAttribute('procedure', '1.001193');
      document.body.append(form);
      const deadline = Date.now() + 15_000;
      while (!form.shadowRoot?.querySelector('[name="/nguoiYeuCau/hoTen"]')) {
        if (Date.now() > deadline) throw new Error('the form did not render');
        await new Promise((r) => setTimeout(r, 50));
      }
      // Validating (blur of a field, then submit) loads whatever validation needs.
      form.shadowRoot.querySelector<HTMLFormElement>('form')?.requestSubmit();
      await new Promise((r) => setTimeout(r, 300));
      // The tracker following the dossier: its dossier view and live updates load with the lookup.
      const tracker = document.createElement('dvc-status-tracker');
      tracker.setAttribute('dossier-code', dossier.code);
      tracker.setAttribute('verification', dossier.secret);
      document.body.append(tracker);
      while (!tracker.shadowRoot?.querySelector('[part~="timeline"]')) {
        if (Date.now() > deadline) throw new Error('the tracker did not show the dossier');
        await new Promise((r) => setTimeout(r, 50));
      }
    }, { tags: JOURNEY_TAGS, precompiled: journey.precompiled, dossier: journey.dossier });
  } else {
    await page.waitForFunction(() => customElements.get('dvc-status-tracker'));
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  const gzipBytes = Object.values(files).reduce((a, b) => a + b, 0);
  return { files, gzipBytes, budgetBytes, withinBudget: gzipBytes <= budgetBytes };
}

const server = await startServer();
const browser = await launchBrowser();
let results: Record<string, Scenario>;
try {
  const dossier = await submitDossier(server.url);
  results = {
    trackerOnly: await measure(browser, server.url, '<dvc-status-tracker base-url="/api/v1"></dvc-status-tracker>', BUDGETS.trackerOnly),
    journey: await measure(browser, server.url, '<dvc-service-portal base-url="/api/v1" routing="none"></dvc-service-portal>', BUDGETS.journey, { precompiled: false, dossier }),
    journeyStrictCsp: await measure(browser, server.url, '<dvc-service-portal base-url="/api/v1" routing="none"></dvc-service-portal>', BUDGETS.journeyStrictCsp, { precompiled: true, dossier }),
  };
} finally {
  await browser.close();
  await server.stop();
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
console.log('What pages download from the bundle (gzip -9 of every /sdk/*.js file fetched)');
for (const [name, s] of Object.entries(results)) {
  console.log(`  ${name.padEnd(18)} ${kb(s.gzipBytes).padStart(9)}  budget ${kb(s.budgetBytes).padStart(8)}  ${s.withinBudget ? '✓' : '✗ over'}  (${Object.keys(s.files).length} files)`);
  for (const [file, bytes] of Object.entries(s.files).sort((a, b) => b[1] - a[1])) console.log(`      ${kb(bytes).padStart(9)}  ${file}`);
}
console.log(JSON.stringify(results));
