import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskName } from '../src/domain/applicant.js';
import { feeStatement } from '../src/domain/fees.js';
import { newLookupSecret } from '../src/domain/secrets.js';
import { onTime } from '../src/domain/on-time.js';
import { allowedActions } from '../src/domain/transitions.js';
import type { DossierRecord } from '../src/store/store.js';
import { addWorkingDays, vnDate, vnDateKey, workingDaysBetween } from '../src/time/calendar.js';
import { foldVietnamese } from '../src/text/fold.js';

describe('calendar', () => {
  it('counts working days from the next working day, skipping weekends and holidays', () => {
    assert.equal(addWorkingDays('2026-03-06', 1), '2026-03-09'); // Fri → Mon
    assert.equal(addWorkingDays('2026-03-10', 3), '2026-03-13'); // Tue → Fri
    assert.equal(addWorkingDays('2026-04-29', 1), '2026-05-04'); // 30/4 and 1/5 are holidays
    assert.equal(addWorkingDays('2026-03-07', 1), '2026-03-09'); // received on Saturday
  });

  it('uses the Vietnamese calendar date', () => {
    const lateEveningUtc = new Date('2026-03-09T18:30:00Z'); // 01:30 on 10/3 in Hà Nội
    assert.equal(vnDate(lateEveningUtc), '2026-03-10');
    assert.equal(vnDateKey(lateEveningUtc), '260310');
  });

  it('counts paused working days', () => {
    assert.equal(workingDaysBetween('2026-03-06', '2026-03-10'), 2);
    assert.equal(workingDaysBetween('2026-03-10', '2026-03-10'), 0);
  });
});

describe('dossier helpers', () => {
  it('masks the applicant name', () => {
    assert.equal(maskName('Nguyễn Văn An'), 'Nguyễn V*** A');
    assert.equal(maskName('Lê Thị Thu Hà'), 'Lê T*** T*** H');
    assert.equal(maskName('An'), 'A***');
  });

  it('makes unambiguous 8-character secrets', () => {
    for (let i = 0; i < 200; i++) assert.match(newLookupSecret(), /^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('sums fees with reductions and subtracts what was paid', () => {
    const s = feeStatement([
      { name: 'Lệ phí', kind: 'le-phi', amount: 50000 },
      { name: 'Phí', kind: 'phi', amount: 20000 },
      { name: 'Giảm 50% phí nộp trực tuyến', kind: 'reduction', amount: 10000 },
    ], 30000, ['gateway']);
    assert.deepEqual([s.total, s.paid, s.due, s.currency], [60000, 30000, 30000, 'VND']);
  });

  it('offers only the transitions of the status table', () => {
    assert.deepEqual(allowedActions(1), ['accept', 'refuse', 'withdraw', 'stop', 'apologise']);
    assert.deepEqual(allowedActions(9), ['deliver']);
    assert.deepEqual(allowedActions(10), []);
  });

  it('folds diacritics and đ', () => {
    assert.equal(foldVietnamese('Đăng ký KHAI SINH'), 'dang ky khai sinh');
  });
});

describe('on time', () => {
  const base = {
    status: 9, originalAppointmentDate: '2026-03-12', supplementCount: 0, pausedWorkingDays: 0,
  } as unknown as DossierRecord;
  const finished = (day: string, extra: Partial<DossierRecord> = {}) =>
    onTime({ ...base, finishedAt: `${day}T03:00:00.000Z`, ...extra } as DossierRecord);

  it('is null while unfinished', () => {
    assert.equal(onTime({ ...base, status: 4 } as DossierRecord), null);
  });

  it('compares the finishing date with the appointment', () => {
    assert.equal(finished('2026-03-12'), true);
    assert.equal(finished('2026-03-13'), false);
  });

  it('does not count paused supplement days', () => {
    assert.equal(finished('2026-03-16', { supplementCount: 1, pausedWorkingDays: 2 }), true); // Fri + Mon
  });

  it('counts more than one supplement request as late', () => {
    assert.equal(finished('2026-03-10', { supplementCount: 2 }), false);
  });
});
