// The tracker's logic without rendering: deadlines, the department holding a dossier, reading a lookup.
// Plain functions; they run in the browser beside the component tests, so one wtr command covers the package.
import { expect } from '@open-wc/testing';
import { addWorkingDays } from '@dvc/core/format.js';
import type { Dossier } from '@dvc/core';
import { apology, deadline, holder, lastEventId } from '../src/internal/dossier.js';
import { readLookup, toPattern } from '../src/internal/lookup.js';

const base: Dossier = {
  code: '000.00.01.H29-260310-0420',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  status: 4,
  receivedAt: '2026-03-10T02:00:00Z',
  appointmentDate: '2026-03-13',
  resultChannel: 'online',
  onTime: null,
  history: [
    { id: 7, status: 1, at: '2026-03-10T02:00:00Z', department: 'Cổng Dịch vụ công' },
    { id: 9, status: 2, at: '2026-03-10T03:00:00Z', department: 'Bộ phận Một cửa' },
    { id: 12, status: 4, at: '2026-03-10T04:00:00Z', department: 'Tư pháp - Hộ tịch' },
  ],
};

describe('deadline', () => {
  it('counts working days left, skipping the weekend', () => {
    expect(deadline({ ...base, appointmentDate: '2026-03-16' }, '2026-03-12')).to.deep.equal({ kind: 'left', days: 2 });
  });
  it('says due today on the appointment date', () => {
    expect(deadline(base, '2026-03-13')).to.deep.equal({ kind: 'today' });
  });
  it('counts working days overdue, at least one', () => {
    expect(deadline(base, '2026-03-17')).to.deep.equal({ kind: 'overdue', days: 2 });
    expect(deadline(base, '2026-03-14')).to.deep.equal({ kind: 'overdue', days: 1 });
  });
  it('pauses while a supplement is awaited', () => {
    expect(deadline({ ...base, status: 5 }, '2026-04-30')).to.deep.equal({ kind: 'paused' });
  });
  it('reports on time or late once finished, nothing for refused, withdrawn or stopped', () => {
    expect(deadline({ ...base, status: 9, onTime: true }, '2026-04-30')).to.deep.equal({ kind: 'onTime' });
    expect(deadline({ ...base, status: 10, onTime: false }, '2026-04-30')).to.deep.equal({ kind: 'late' });
    for (const status of [3, 7, 8] as const) expect(deadline({ ...base, status }, '2026-04-30')).to.equal(undefined);
  });
  it('honours a working calendar', () => {
    const due = addWorkingDays('2026-03-12', 2, ['2026-03-13']);
    expect(due).to.equal('2026-03-17');
    expect(deadline({ ...base, appointmentDate: due }, '2026-03-12', { holidays: ['2026-03-13'] })).to.deep.equal({ kind: 'left', days: 2 });
  });
});

describe('dossier facts', () => {
  it('the holder is the department of the latest step', () => expect(holder(base)).to.equal('Tư pháp - Hộ tịch'));
  it('resumes after the newest event id', () => expect(lastEventId(base)).to.equal('12'));
  it('finds the latest apology (form 04)', () => {
    const d = { ...base, history: [...base.history,
      { id: 13, status: 4 as const, at: '2026-03-13T04:00:00Z', department: 'UBND', action: 'apologise', note: 'Xác minh', newAppointmentDate: '2026-03-20' }] };
    expect(apology(d)?.newAppointmentDate).to.equal('2026-03-20');
    expect(apology(base)).to.equal(undefined);
  });
});

describe('readLookup', () => {
  it('drops spaces and upper-cases', () => {
    expect(readLookup(' 000.00.01.h29 - 260310 -0420 ')).to.deep.equal({ code: '000.00.01.H29-260310-0420' });
  });
  it('reads code and verification from a receipt link', () => {
    expect(readLookup('https://dvc.example.vn/tra-cuu.html?ma=000.00.01.h29-260310-0420&xac-thuc=ABCD2345'))
      .to.deep.equal({ code: '000.00.01.H29-260310-0420', verification: 'ABCD2345' });
  });
  it('treats a link without a code as text', () => {
    expect(readLookup('https://x.vn/')).to.deep.equal({ code: 'HTTPS://X.VN/' });
  });
});

describe('toPattern', () => {
  it('anchors the pattern', () => {
    const p = toPattern('HS-\\d{6}')!;
    expect(p.test('HS-123456')).to.equal(true);
    expect(p.test('XHS-123456')).to.equal(false);
    expect(toPattern('^HS-\\d{6}$')!.test('HS-123456')).to.equal(true);
  });
  it('ignores an invalid or empty pattern', () => {
    expect(toPattern('([')).to.equal(undefined);
    expect(toPattern('')).to.equal(undefined);
  });
});
