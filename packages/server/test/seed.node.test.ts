// The seed data: catalogue completeness, forms that compile and accept their samples, administrative
// units, profiles and the deterministic big-catalogue generator.
// Run: node --conditions=dvc-source --import tsx --test packages/server/test/seed.node.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { agencies, agencyLevels, fields, procedures } from '../src/seed/catalogue.js';
import { customFormats, formDefinitions, formSamples } from '../src/seed/forms/index.js';
import { adminUnits } from '../src/seed/admin-units.js';
import { demoProfiles } from '../src/seed/profiles.js';
import { generateCatalogue } from '../src/seed/generate.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

function newAjv(): Ajv2020 {
  // strict everywhere except strictRequired (conditional `required` in if/then/else branches is intended)
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  for (const [name, re] of Object.entries(customFormats)) ajv.addFormat(name, re);
  return ajv;
}

test('catalogue: size, fields, levels, classes', () => {
  assert.ok(procedures.length >= 60, `${procedures.length} procedures`);
  const usedFields = new Set(procedures.map((p) => p.field.code));
  assert.ok(usedFields.size >= 8, `${usedFields.size} fields used`);
  const fieldCodes = new Set(fields.map((f) => f.code));
  for (const f of usedFields) assert.ok(fieldCodes.has(f), `field ${f} is listed`);
  const levels = new Set(procedures.flatMap((p) => p.levels));
  assert.ok(levels.has('tinh') && levels.has('xa'), 'province and commune levels');
  const levelCodes = new Set(agencyLevels.map((l) => l.code));
  for (const l of levels) assert.ok(levelCodes.has(l), `level ${l} is listed`);
  const agencyCodes = new Set(agencies.map((a) => a.code));
  for (const p of procedures) assert.ok(agencyCodes.has(p.agency.code), `${p.code}: agency ${p.agency.code} is listed`);
  const classes = new Set(procedures.map((p) => [...p.onlineClasses].sort().join('+')));
  for (const c of ['full', 'partial', 'full+partial', '']) assert.ok(classes.has(c), `class mix has "${c}"`);
  assert.ok(procedures.filter((p) => p.onlineClasses.length === 0).length >= 4, 'at least 4 level-2 procedures');
  assert.equal(new Set(procedures.map((p) => p.code)).size, procedures.length, 'unique codes');
  assert.ok(procedures.some((p) => p.code === '1.001193' && p.name === 'Đăng ký khai sinh'));
});

test('catalogue: every procedure has every section', () => {
  for (const p of procedures) {
    const at = `${p.code} ${p.name}`;
    assert.ok(p.name && p.description, `${at}: name, description`);
    assert.ok(p.steps.length >= 3 && p.steps.length <= 6, `${at}: 3–6 steps`);
    assert.ok(p.channels.length >= 1, `${at}: channels`);
    for (const c of p.channels) {
      assert.equal(c.processingTime.unit, 'working-days', `${at}: processing time unit`);
      assert.ok(c.processingTime.value > 0, `${at}: processing time`);
      for (const f of c.fees) {
        assert.ok(Number.isInteger(f.amount) && f.amount >= 0, `${at}: fee amount`);
        assert.ok(f.kind === 'le-phi' || f.kind === 'phi' || f.kind === 'reduction', `${at}: fee kind`);
        if (f.kind === 'reduction') assert.equal(c.channel, 'online', `${at}: reductions only online`);
      }
    }
    assert.equal(p.channels.some((c) => c.channel === 'online'), p.onlineClasses.length > 0, `${at}: online channel iff class`);
    assert.ok(p.documentGroups.length >= 1, `${at}: document groups`);
    for (const g of p.documentGroups) {
      assert.ok(g.case && g.documents.length >= 1, `${at}: group ${g.case}`);
      for (const d of g.documents) {
        assert.ok(d.name && d.originals >= 0 && d.copies >= 0, `${at}: document`);
        if (d.templateUrl) assert.match(d.templateUrl, /^\/templates\/[A-Za-z0-9-]+\.docx$/, `${at}: template URL`);
        assert.equal(Boolean(d.templateUrl), Boolean(d.templateName), `${at}: template name and URL`);
      }
    }
    assert.ok(p.applicants.length >= 1, `${at}: applicants`);
    assert.ok(p.results.length >= 1, `${at}: results`);
    assert.ok(Array.isArray(p.conditions), `${at}: conditions`);
    assert.ok(p.legalBasis.length >= 1, `${at}: legal basis`);
    for (const l of p.legalBasis) assert.ok(l.number && l.title, `${at}: legal document`);
    assert.ok(p.resultChannels.length >= 1, `${at}: result channels`);
    const full = p.onlineClasses.includes('full');
    assert.equal(p.onlineLevel, full ? 4 : p.onlineClasses.length ? 3 : 2, `${at}: online level`);
    const paid = p.channels.some((c) => c.fees.some((f) => f.kind !== 'reduction' && f.amount > 0));
    assert.deepEqual(p.paymentMethods, full && paid ? ['gateway', 'vietqr'] : [], `${at}: payment methods`);
    assert.ok(p.updatedAt && !Number.isNaN(Date.parse(p.updatedAt)), `${at}: updatedAt`);
    assert.equal(p.hasForm, p.formVersion !== undefined, `${at}: hasForm iff formVersion`);
  }
});

test('forms: one per procedure with a form, same version', () => {
  assert.ok(formDefinitions.length >= 8);
  const byCode = new Map(formDefinitions.map((f) => [f.procedureCode, f]));
  assert.equal(byCode.size, formDefinitions.length, 'one form per procedure');
  for (const p of procedures.filter((x) => x.hasForm)) {
    const f = byCode.get(p.code);
    assert.ok(f, `${p.code}: form definition`);
    assert.equal(f.version, p.formVersion, `${p.code}: form version`);
  }
  for (const f of formDefinitions) {
    const p = procedures.find((x) => x.code === f.procedureCode);
    assert.ok(p?.hasForm, `${f.procedureCode}: procedure with hasForm`);
  }
});

test('forms: schemas compile, samples validate, empty data does not', () => {
  for (const f of formDefinitions) {
    const schema = f.schema as Record<string, unknown>;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', `${f.procedureCode}: dialect`);
    const validate = newAjv().compile(schema);
    const sample = formSamples[f.procedureCode];
    assert.ok(sample, `${f.procedureCode}: sample`);
    assert.ok(validate(sample), `${f.procedureCode}: sample valid: ${JSON.stringify(validate.errors)}`);
    assert.equal(validate({}), false, `${f.procedureCode}: empty data is invalid`);
    assert.ok(f.maxUploadBytes && f.acceptedTypes?.includes('application/pdf'), `${f.procedureCode}: upload limits`);
    const steps = (f.uiSchema as { steps?: unknown[] } | undefined)?.steps;
    assert.ok(steps && steps.length >= 2 && steps.length <= 4, `${f.procedureCode}: 2–4 steps`);
  }
});

test('forms: every property has a Vietnamese title; UI pointers exist', () => {
  for (const f of formDefinitions) {
    const schema = f.schema as Record<string, unknown>;
    const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
    const walk = (s: Record<string, unknown>, at: string): void => {
      const props = s.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        assert.ok(typeof v.title === 'string' && v.title.length > 0, `${f.procedureCode}: title at ${at}/${k}`);
        walk(v, `${at}/${k}`);
      }
      const items = s.items as Record<string, unknown> | undefined;
      if (items) walk(items, `${at}/items`);
    };
    walk(schema, '');
    for (const [name, d] of Object.entries(defs)) walk(d, `#/$defs/${name}`);
    // every step field and UI field resolves to a property (through $ref)
    const resolve = (ptr: string): boolean => {
      let s: Record<string, unknown> | undefined = schema;
      for (const part of ptr.split('/').slice(1)) {
        if (s?.$ref) s = defs[String(s.$ref).replace('#/$defs/', '')];
        s = (s?.properties as Record<string, Record<string, unknown>> | undefined)?.[part];
        if (!s) return false;
      }
      return true;
    };
    const ui = f.uiSchema as { steps: { fields: string[] }[]; fields: Record<string, unknown> };
    for (const step of ui.steps) for (const ptr of step.fields) assert.ok(resolve(ptr), `${f.procedureCode}: step field ${ptr}`);
    for (const ptr of Object.keys(ui.fields)) assert.ok(resolve(ptr), `${f.procedureCode}: ui field ${ptr}`);
    const widgets = new Set(['text', 'textarea', 'radio', 'select', 'checkbox', 'date', 'address', 'file']);
    const profileProps = new Set(['fullName', 'citizenId', 'dateOfBirth', 'gender', 'phone', 'email', 'address']);
    const used = new Set<string>();
    for (const [ptr, hint] of Object.entries(ui.fields) as [string, { widget?: string; prefill?: string }][]) {
      if (hint.widget) assert.ok(widgets.has(hint.widget), `${f.procedureCode}: widget ${hint.widget} at ${ptr}`);
      if (hint.widget) used.add(hint.widget);
      if (hint.prefill) assert.ok(profileProps.has(hint.prefill), `${f.procedureCode}: prefill ${hint.prefill} at ${ptr}`);
    }
    for (const w of ['date', 'address', 'file']) assert.ok(used.has(w), `${f.procedureCode}: uses the ${w} widget`);
    assert.ok(Object.values(ui.fields).some((h) => (h as { prefill?: string }).prefill), `${f.procedureCode}: prefills from the profile`);
  }
});

test('admin units: 34 provinces, communes with known parents', () => {
  const provinces = adminUnits.filter((u) => u.level === 'province');
  assert.equal(provinces.length, 34);
  assert.ok(provinces.some((p) => p.code === '01' && p.name === 'Thành phố Hà Nội'));
  const codes = new Set(provinces.map((p) => p.code));
  const communes = adminUnits.filter((u) => u.level === 'commune');
  for (const c of communes) assert.ok(c.parentCode && codes.has(c.parentCode), `${c.code}: parent ${c.parentCode}`);
  assert.equal(new Set(adminUnits.map((u) => u.code)).size, adminUnits.length, 'unique codes');
  const perProvince = new Map<string, number>();
  for (const c of communes) perProvince.set(c.parentCode!, (perProvince.get(c.parentCode!) ?? 0) + 1);
  assert.ok((perProvince.get('01') ?? 0) >= 15, 'Hà Nội communes');
  assert.ok([...perProvince.values()].filter((n) => n >= 15).length >= 4, 'four provinces with ≥15 communes');
});

test('profiles: plausible Hà Nội citizens with known communes', () => {
  const communeCodes = new Set(adminUnits.filter((u) => u.level === 'commune').map((u) => u.code));
  for (const token of ['demo-citizen', 'demo-citizen-2']) {
    const p = demoProfiles[token];
    assert.ok(p, token);
    assert.match(p.citizenId ?? '', /^\d{12}$/);
    assert.match(p.phone ?? '', /^0\d{9}$/);
    assert.match(p.email ?? '', /^[^@\s]+@[^@\s]+\.[a-z]+$/);
    assert.equal(p.address?.provinceCode, '01');
    assert.ok(communeCodes.has(p.address?.communeCode ?? ''), `${token}: commune`);
  }
});

test('generateCatalogue: 10,000 unique, complete and deterministic', () => {
  const t0 = performance.now();
  const a = generateCatalogue(10_000);
  const ms = performance.now() - t0;
  assert.equal(a.length, 10_000);
  assert.ok(ms < 1000, `built in ${ms.toFixed(0)} ms`);
  assert.equal(new Set(a.map((p) => p.code)).size, 10_000, 'unique codes');
  assert.deepEqual(a.slice(0, procedures.length), procedures, 'real procedures first');
  const b = generateCatalogue(10_000);
  assert.equal(JSON.stringify(a), JSON.stringify(b), 'same output twice');
  assert.notEqual(JSON.stringify(generateCatalogue(200, 2)), JSON.stringify(generateCatalogue(200, 1)), 'seed matters');
  assert.equal(generateCatalogue(10).length, 10);
  for (const p of a) {
    assert.ok(p.steps.length && p.channels.length && p.documentGroups.length && p.applicants.length && p.results.length && p.legalBasis.length, p.code);
    assert.equal(p.onlineLevel, p.onlineClasses.includes('full') ? 4 : p.onlineClasses.length ? 3 : 2, p.code);
  }
  const classes = new Set(a.map((p) => p.onlineClasses.join('+')));
  assert.ok(classes.has('full') && classes.has('partial') && classes.has('full+partial') && classes.has(''));
});

test('seed data matches the contract schemas (openapi.yaml)', () => {
  const doc = parse(readFileSync(new URL('../../core/contract/openapi.yaml', import.meta.url), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'urn:dvc:contract');
  const check = (name: string, values: readonly unknown[]) => {
    const validate = ajv.getSchema(`urn:dvc:contract#/components/schemas/${name}`);
    assert.ok(validate, name);
    for (const v of values) assert.ok(validate(v), `${name}: ${JSON.stringify(validate.errors)} in ${JSON.stringify(v).slice(0, 120)}`);
  };
  check('ProcedureDetail', procedures);
  check('ProcedureDetail', generateCatalogue(procedures.length + 300).slice(procedures.length));
  check('FormDefinition', formDefinitions);
  check('AdminUnit', adminUnits);
  check('Profile', Object.values(demoProfiles));
  check('CodeName', [...fields, ...agencyLevels]);
  check('Agency', agencies);
});
