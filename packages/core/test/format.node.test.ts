import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addWorkingDays, circular01DossierCodePattern, foldVietnamese, formatDate, formatDateTime, formatVnd, isDossierCode,
  isIsoDate, isWorkingDay, normalizeDossierCode, parseDossierCode, parseVietnameseDate, schemaDialect, toIsoDateInVietnam,
  vietnamPublicHolidays, workingDaysBetween,
} from '../src/format/index.js';

const nbspToSpace = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatVnd', () => {
  it('groups with dots, no decimals, ₫ after', () => {
    assert.equal(nbspToSpace(formatVnd(50000)), '50.000 ₫');
    assert.equal(nbspToSpace(formatVnd(1234567)), '1.234.567 ₫');
  });
  it('shows zero and rounds fractions away', () => {
    assert.equal(nbspToSpace(formatVnd(0)), '0 ₫');
    assert.equal(nbspToSpace(formatVnd(999.6)), '1.000 ₫');
  });
});

describe('formatDate', () => {
  it('shows an instant in Vietnam time: 17:00Z is already the next day there', () => {
    assert.equal(formatDate('2026-03-09T17:00:00Z'), '10/03/2026');
    assert.equal(formatDate('2026-03-09T16:59:59Z'), '09/03/2026');
    assert.equal(formatDate(new Date(Date.UTC(2025, 11, 31, 17, 30))), '01/01/2026');
  });
  it('never shifts a bare calendar date', () => {
    assert.equal(formatDate('2026-03-10'), '10/03/2026');
    assert.equal(formatDate('2000-01-01'), '01/01/2000');
  });
  it('honours the offset of an ISO instant', () => {
    assert.equal(formatDate('2026-03-10T23:30:00+07:00'), '10/03/2026');
  });
  it('gives an empty string for invalid input', () => {
    assert.equal(formatDate('not a date'), '');
  });
});

describe('formatDateTime', () => {
  it('shows dd/mm/yyyy HH:mm in Vietnam time on a 24-hour clock', () => {
    assert.equal(formatDateTime('2026-03-10T07:05:00Z'), '10/03/2026 14:05');
    assert.equal(formatDateTime('2026-03-09T17:00:00Z'), '10/03/2026 00:00');
  });
});

describe('toIsoDateInVietnam', () => {
  it('crosses midnight seven hours before UTC does', () => {
    assert.equal(toIsoDateInVietnam(new Date('2026-03-09T16:59:59.999Z')), '2026-03-09');
    assert.equal(toIsoDateInVietnam(new Date('2026-03-09T17:00:00Z')), '2026-03-10');
  });
  it('rejects an invalid date', () => {
    assert.throws(() => toIsoDateInVietnam('nope'), RangeError);
  });
});

describe('calendar dates', () => {
  it('isIsoDate refuses impossible days', () => {
    assert.equal(isIsoDate('2026-02-28'), true);
    assert.equal(isIsoDate('2026-02-29'), false);
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(isIsoDate('10/03/2026'), false);
  });
  it('parseVietnameseDate reads d/m/yyyy as typed', () => {
    assert.equal(parseVietnameseDate('1/3/2026'), '2026-03-01');
    assert.equal(parseVietnameseDate(' 10-03-2026 '), '2026-03-10');
    assert.equal(parseVietnameseDate('31/02/2026'), undefined);
    assert.equal(parseVietnameseDate('2026-03-10'), undefined);
  });
});

describe('working days', () => {
  it('skips the weekend: Friday + 1 working day is Monday', () => {
    assert.equal(addWorkingDays('2026-03-13', 1), '2026-03-16');
    assert.equal(addWorkingDays('2026-03-13', 5), '2026-03-20');
  });
  it('counts from the next working day when received on a Saturday', () => {
    assert.equal(addWorkingDays('2026-03-14', 1), '2026-03-16');
  });
  it('skips Tết 2026 (16–20 Feb) and its weekends', () => {
    // Thursday 12 Feb + 3 working days: Fri 13, then Tết and two weekends, Mon 23, Tue 24.
    assert.equal(addWorkingDays('2026-02-12', 3), '2026-02-24');
    assert.equal(isWorkingDay('2026-02-17'), false);
    assert.equal(isWorkingDay('2026-02-23'), true);
  });
  it('skips Tết 2025 (27–31 Jan)', () => {
    assert.equal(addWorkingDays('2025-01-24', 1), '2025-02-03');
  });
  it('works on a make-up Saturday and not on the swapped Friday', () => {
    assert.equal(isWorkingDay('2025-04-26'), true);
    assert.equal(isWorkingDay('2025-05-02'), false);
    assert.equal(addWorkingDays('2025-04-25', 1), '2025-04-26');
  });
  it('takes another calendar as plain data', () => {
    assert.equal(addWorkingDays('2026-03-13', 1, ['2026-03-16']), '2026-03-17');
    assert.equal(addWorkingDays('2026-02-12', 3, { holidays: [] }), '2026-02-17');
  });
  it('gives the start date for 0 and rounds fractions up', () => {
    assert.equal(addWorkingDays('2026-03-10', 0), '2026-03-10');
    assert.equal(addWorkingDays('2026-03-10', 0.5), '2026-03-11');
  });
  it('refuses negative counts and malformed dates', () => {
    assert.throws(() => addWorkingDays('2026-03-10', -1), RangeError);
    assert.throws(() => addWorkingDays('10/03/2026', 1), RangeError);
  });
  it('counts working days between two dates', () => {
    assert.equal(workingDaysBetween('2026-02-12', '2026-02-24'), 3);
    assert.equal(workingDaysBetween('2026-03-10', '2026-03-10'), 0);
  });
  it('lists only weekdays, each once, as valid dates', () => {
    const { holidays } = vietnamPublicHolidays;
    assert.equal(new Set(holidays).size, holidays.length);
    for (const day of holidays) {
      assert.ok(isIsoDate(day), day);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      assert.ok(weekday !== 0 && weekday !== 6, `${day} is a weekend day`);
    }
    for (const day of vietnamPublicHolidays.makeUpWorkingDays ?? []) {
      assert.equal(new Date(`${day}T00:00:00Z`).getUTCDay(), 6, `${day} is not a Saturday`);
    }
  });
});

describe('foldVietnamese', () => {
  it('strips diacritics, đ and case', () => {
    assert.equal(foldVietnamese('Đăng ký khai sinh'), 'dang ky khai sinh');
    assert.equal(foldVietnamese('CẤP GIẤY PHÉP XÂY DỰNG'), 'cap giay phep xay dung');
    assert.equal(foldVietnamese('Hộ tịch – Đất đai'), 'ho tich – dat dai');
  });
  it('treats precomposed and decomposed input alike', () => {
    assert.equal(foldVietnamese('Vi\u1EC7t'), foldVietnamese('Vie\u0323\u0302t'));
  });
  it('collapses and trims whitespace, also for plain ASCII', () => {
    assert.equal(foldVietnamese('  khai \t sinh  '), 'khai sinh');
    assert.equal(foldVietnamese('  Khai   Sinh '), 'khai sinh');
    assert.equal(foldVietnamese('1.001193'), '1.001193');
  });
  it('folds 10,000 names in well under a keystroke budget', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Thủ tục đăng ký khai sinh có yếu tố nước ngoài số ${i}`);
    const start = performance.now();
    for (const name of names) foldVietnamese(name);
    assert.ok(performance.now() - start < 200, 'folding 10,000 names took too long');
  });
});

describe('dossier codes', () => {
  it('accepts the Circular 01/2018 form and a shortened real-world one', () => {
    assert.equal(isDossierCode('000.00.01.H29-260310-0420'), true);
    assert.equal(isDossierCode('38.98.H29-210519-0003'), true);
  });
  it('refuses other text and codes over 25 characters', () => {
    assert.equal(isDossierCode('1.001193'), false);
    assert.equal(isDossierCode('000.00.01.H29-260310'), false);
    assert.equal(isDossierCode('000.00.01.H29-260310-0420-1'), false);
    assert.equal(isDossierCode('000.000.001.H29-260310-04201'), false);
    assert.equal(isDossierCode(''), false);
  });
  it('can be held to the strict circular pattern', () => {
    assert.equal(isDossierCode('000.00.01.H29-260310-0420', circular01DossierCodePattern), true);
    assert.equal(isDossierCode('38.98.H29-210519-0003', circular01DossierCodePattern), false);
    assert.equal(isDossierCode('000.00.01.H29-261310-0420', circular01DossierCodePattern), false);
  });
  it('takes a configured pattern', () => {
    assert.equal(isDossierCode('HS-2026-000123', /^HS-\d{4}-\d{6}$/), true);
  });
  it('normalizes typed or scanned input', () => {
    assert.equal(normalizeDossierCode(' 000.00.01.h29 -260310-0420 '), '000.00.01.H29-260310-0420');
  });
  it('parses agency, receipt date and sequence', () => {
    assert.deepEqual(parseDossierCode('000.00.01.H29-260310-0420'),
      { agency: '000.00.01.H29', receivedDate: '2026-03-10', sequence: '0420' });
    assert.equal(parseDossierCode('1.001193'), undefined);
  });
});

describe('format module', () => {
  it('is DOM-free: no browser globals, no imports from outside src/format', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../src/format/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      assert.doesNotMatch(text, /\b(document|window|HTMLElement|customElements|navigator|localStorage)\b/, name);
      for (const [, from] of text.matchAll(/from\s+'([^']+)'/g)) assert.match(from, /^\.\/[\w-]+\.js$/, `${name} imports ${from}`);
    }
  });
});

describe('schemaDialect', () => {
  it('reads 2020-12 and draft-07, with or without the trailing # or /, and defaults to 2020-12', () => {
    assert.equal(schemaDialect(undefined), '2020-12');
    assert.equal(schemaDialect('https://json-schema.org/draft/2020-12/schema'), '2020-12');
    assert.equal(schemaDialect('http://json-schema.org/draft-07/schema#'), 'draft-07');
    assert.equal(schemaDialect('https://json-schema.org/draft-07/schema/'), 'draft-07');
  });
  it('refuses other dialects', () => {
    assert.equal(schemaDialect('http://json-schema.org/draft-04/schema#'), undefined);
    assert.equal(schemaDialect('https://json-schema.org/draft/2019-09/schema'), undefined);
  });
});
