// Contract test: every operation of the OpenAPI document is called over real HTTP and every response
// is checked against what the document promises for it: a documented status code, the documented
// content type, and a body valid against the documented schema. An undocumented status fails.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findRepoRoot, CONTRACT_RELATIVE } from '../src/paths.js';
import { sign } from '../src/payments/signature.js';
import { absolutizeRefs, contractAjv, loadContract } from '../src/validation/contract.js';
import { demoProfiles } from '../src/seed/profiles.js';
import { BIRTH, act, birthSubmission } from './helpers/fixtures.js';
import { OFFICER_TOKEN, PAYMENT_SECRET, startServer, type TestServer } from './helpers/server.js';

const contract = loadContract(join(findRepoRoot(import.meta.url), CONTRACT_RELATIVE));
const ajv = contractAjv(contract.doc);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: TestServer;
const seen = new Map<string, Set<number>>();

function deref(node: Json): Json {
  if (typeof node?.$ref !== 'string') return node;
  return node.$ref.slice(2).split('/').reduce((acc: Json, k: string) => acc[k], contract.doc);
}

/** Calls an operation and checks the response against the contract; returns status and parsed body. */
async function call(operationId: string, path: string, init: RequestInit = {}, opts: { stream?: boolean } = {}) {
  const spec = contract.operations.get(operationId);
  assert.ok(spec, `unknown operation ${operationId}`);
  const res = await fetch(`${server.api}${path}`, { method: spec.method, redirect: 'manual', ...init });
  const documented = spec.operation.responses as Json;
  const response = documented[String(res.status)] ?? documented.default;
  assert.ok(response, `${operationId}: undocumented status ${res.status}`);
  (seen.get(operationId) ?? seen.set(operationId, new Set()).get(operationId)!).add(res.status);
  const content = deref(response).content as Json | undefined;
  if (!content) return { res, body: undefined };
  const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
  assert.ok(content[type], `${operationId} ${res.status}: undocumented content type "${type}"`);
  let body: unknown;
  if (opts.stream) {
    const reader = res.body!.getReader();
    body = new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
  } else if (type.endsWith('json')) {
    body = await res.json();
  } else if (type === 'application/pdf') {
    body = Buffer.from(await res.arrayBuffer()).toString('latin1');
  } else {
    body = await res.text();
  }
  const validate = ajv.compile(absolutizeRefs(content[type].schema ?? {}));
  assert.ok(validate(body), `${operationId} ${res.status}: ${ajv.errorsText(validate.errors)}`);
  return { res, body: body as Json };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
});
const officer = { authorization: `Bearer ${OFFICER_TOKEN}` };

describe('contract', () => {
  before(async () => {
    server = await startServer({ lookupRateLimit: { max: 200, timeWindowMs: 60_000 } });
  });
  after(() => server.close());

  it('catalogue, forms, profile, admin units, uploads', async () => {
    await call('searchProcedures', '/procedures?q=khai%20sinh&pageSize=5');
    await call('searchProcedures', '/procedures?pageSize=1000');
    const index = await call('getProcedureIndex', '/procedures/index');
    await call('getProcedureIndex', '/procedures/index', { headers: { 'if-none-match': index.res.headers.get('etag')! } });
    await call('getProcedure', `/procedures/${BIRTH}`);
    await call('getProcedure', '/procedures/0.000000');
    await call('getFormDefinition', `/procedures/${BIRTH}/form`);
    await call('getFormDefinition', `/procedures/${BIRTH}/form?version=none`);
    const { version } = (await call('getFormDefinition', `/procedures/${BIRTH}/form`)).body!;
    const validator = await call('getFormValidator', `/procedures/${BIRTH}/form/versions/${version}/validator.js`);
    await call('getFormValidator', `/procedures/${BIRTH}/form/versions/${version}/validator.js`, { headers: { 'if-none-match': validator.res.headers.get('etag')! } });
    await call('getFormValidator', `/procedures/${BIRTH}/form/versions/none/validator.js`);
    await call('getProfile', '/me/profile');
    await call('getProfile', '/me/profile', { headers: { authorization: `Bearer ${Object.keys(demoProfiles)[0]}` } });
    const provinces = await call('listAdminUnits', '/admin-units');
    await call('listAdminUnits', `/admin-units?parent=${provinces.body!.items[0].code}`);
    await call('listAdminUnits', '/admin-units?parent=XX');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'a.pdf');
    await call('createUpload', '/uploads', { body: form });
    const bad = new FormData();
    bad.append('file', new Blob([Buffer.from('plain text, not a document')]), 'a.pdf');
    await call('createUpload', '/uploads', { body: bad });
    const big = new FormData();
    big.append('file', new Blob([Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(70_000)])]), 'a.pdf');
    await call('createUpload', '/uploads', { body: big });
    await call('createUpload', '/uploads', json({}));
    await call('getUploadLimits', '/uploads/limits');
  });

  it('dossiers, officer, payments, sandbox', async () => {
    const submission = await birthSubmission(server.api);
    const key = randomUUID();
    const receipt = (await call('submitDossier', '/dossiers', json(submission, { 'idempotency-key': key }))).body!;
    await call('submitDossier', '/dossiers', json(submission, { 'idempotency-key': key }));
    await call('submitDossier', '/dossiers', json({ ...submission, resultChannel: 'counter' }, { 'idempotency-key': key }));
    await call('submitDossier', '/dossiers', json({ ...submission, procedureCode: '0.0' }, { 'idempotency-key': randomUUID() }));
    await call('submitDossier', '/dossiers', json(submission));
    const code = receipt.dossierCode as string;
    const v = { 'dossier-verification': receipt.lookupSecret as string };

    await call('getDossier', `/dossiers/${code}`, { headers: v });
    await call('getDossier', `/dossiers/${code}`, { headers: { 'dossier-verification': 'NOPE' } });
    await call('streamDossierEvents', `/dossiers/${code}/events?verification=${receipt.lookupSecret}`, {}, { stream: true });
    await call('streamDossierEvents', `/dossiers/${code}/events`);
    await call('getFees', `/dossiers/${code}/fees`, { headers: v });
    await call('getFees', `/dossiers/${code}/fees`);
    await call('downloadResult', `/dossiers/${code}/result`, { headers: v });
    await call('downloadResult', `/dossiers/${code}/result`);
    await call('rateDossier', `/dossiers/${code}/rating`, { method: 'PUT', ...json({ overall: 5 }, v) });
    await call('rateDossier', `/dossiers/${code}/rating`, { method: 'PUT', ...json({ overall: 5 }) });
    const upload = (await (await fetch(`${server.api}/uploads`, { method: 'POST', body: (() => {
      const f = new FormData();
      f.append('file', new Blob([Buffer.from('%PDF-1.4\n')]), 'b.pdf');
      return f;
    })() })).json()) as { id: string };
    const supplement = (k: string, attachments = [upload.id]) =>
      call('submitSupplement', `/dossiers/${code}/supplements`, json({ attachments }, { ...v, 'idempotency-key': k }));
    await supplement(randomUUID());
    await supplement(randomUUID(), ['upl_missing']);

    await call('officerListDossiers', '/officer/dossiers?limit=10', { headers: officer });
    await call('officerListDossiers', '/officer/dossiers');
    await call('officerAct', `/officer/dossiers/${code}/actions`, json({ action: 'finish', department: 'X' }, officer));
    await call('officerAct', `/officer/dossiers/${code}/actions`, json({ action: 'refuse', department: 'X' }, officer));
    await call('officerAct', `/officer/dossiers/${code}/actions`, json({ action: 'accept', department: 'X' }));
    await call('officerAct', '/officer/dossiers/000.00.01.H29-000101-0001/actions', json({ action: 'accept', department: 'X' }, officer));
    await call('officerAct', `/officer/dossiers/${code}/actions`, json({ action: 'accept', department: 'Một cửa' }, officer));
    await call('officerAct', `/officer/dossiers/${code}/actions`, json({ action: 'request-supplement', department: 'Tư pháp', reason: 'Thiếu giấy' }, officer));
    const sk = randomUUID();
    await supplement(sk);
    await supplement(sk);
    await call('officerAct', `/officer/dossiers/${code}/actions`,
      json({ action: 'request-payment', department: 'Tư pháp', fees: [{ name: 'Lệ phí', kind: 'le-phi', amount: 30000 }] }, officer));

    const pay = (k: string, method = 'gateway') =>
      call('createPayment', '/payments', json({ dossierCode: code, method, returnUrl: `${server.url}/done` }, { ...v, 'idempotency-key': k }));
    const pk = randomUUID();
    const payment = (await pay(pk)).body!;
    await pay(pk);
    await call('createPayment', '/payments', json({ dossierCode: code, method: 'gateway' }, { 'idempotency-key': randomUUID(), 'dossier-verification': 'NOPE' }));
    await call('createPayment', '/payments', json({ dossierCode: '000.00.01.H29-000101-0009', method: 'gateway' }, { 'idempotency-key': randomUUID() }));
    await call('createPayment', '/payments', json({ dossierCode: code, method: 'gateway', returnUrl: 'https://evil.example/' }, { ...v, 'idempotency-key': randomUUID() }));
    await call('getPayment', `/payments/${payment.id}`);
    await call('getPayment', '/payments/pay_unknown');
    await call('getPayment', `/payments/${payment.id}`, { headers: { 'dossier-verification': 'NOPE' } });
    const ref = String(payment.nextUrl).split('/').pop()!;
    await call('sandboxPaymentPage', `/sandbox/pay/${ref}`);
    await call('sandboxPaymentPage', '/sandbox/pay/unknown');
    const form = (outcome: string): RequestInit => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `outcome=${outcome}`,
    });
    await call('sandboxPaymentDecide', '/sandbox/pay/unknown/decide', form('success'));
    await call('sandboxPaymentDecide', `/sandbox/pay/${ref}/decide`, form('success'));
    await call('sandboxPaymentDecide', `/sandbox/pay/${ref}/decide`, form('failed'));
    await call('paymentReturn', `/payments/${payment.id}/return?status=whatever`);
    await call('paymentReturn', '/payments/pay_unknown/return');
    await call('createPayment', '/payments', json({ dossierCode: code, method: 'gateway' }, { ...v, 'idempotency-key': randomUUID() }));

    const body = JSON.stringify({ providerRef: ref, status: 'success', amount: 30000 });
    const t = Math.floor(Date.now() / 1000);
    const cb = (sig: string, raw = body, provider = 'sandbox') => call('paymentCallback', `/payments/callback/${provider}`, {
      headers: { 'content-type': 'application/json', 'x-signature': sig }, body: raw,
    });
    await cb(sign(PAYMENT_SECRET, body, t));
    await cb(sign('forged', body, t));
    await cb(sign(PAYMENT_SECRET, body, t), body, 'other-bank');
    await cb(sign(PAYMENT_SECRET, '{}', t), '{}');
    const unknownRef = JSON.stringify({ providerRef: 'sbx_nope', status: 'success' });
    await cb(sign(PAYMENT_SECRET, unknownRef, t), unknownRef);

    await act(server.api, code, { action: 'finish' });
    await call('downloadResult', `/dossiers/${code}/result`, { headers: v });
    await call('rateDossier', `/dossiers/${code}/rating`, { method: 'PUT', ...json({ overall: 4, contacts: 1 }, v) });
    await call('rateDossier', `/dossiers/${code}/rating`, { method: 'PUT', ...json({ overall: 9 }, v) });
  });

  it('covered every operation of the document', () => {
    const missing = [...contract.operations.keys()].filter((id) => !seen.has(id));
    if (process.env.DVC_CONTRACT_DEBUG) console.log([...seen].map(([id, s]) => `${id}: ${[...s].join(",")}`).join("\n"));
    assert.deepEqual(missing, []);
  });
});
