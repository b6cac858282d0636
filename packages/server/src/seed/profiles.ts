// Demo applicants, keyed by the bearer token the host page would send (VNeID or portal login
// belongs to the host site). Citizen ids follow the CCCD layout: province of birth registration
// (001 = Hà Nội), gender/century digit, two-digit birth year, six digits.
import type { Profile } from './types.js';

export const demoProfiles: Record<string, Profile> = {
  'demo-citizen': {
    citizenId: '001090012345',
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1990-05-12',
    gender: 'male',
    phone: '0912345678',
    email: 'an.nguyen@example.vn',
    address: { provinceCode: '01', communeCode: '01001', street: 'Số 12 phố Đội Cấn' },
  },
  'demo-citizen-2': {
    citizenId: '001195067890',
    fullName: 'Trần Thị Bình',
    dateOfBirth: '1995-11-23',
    gender: 'female',
    phone: '0983456712',
    email: 'binh.tran@example.vn',
    address: { provinceCode: '01', communeCode: '01013', street: 'Số 25 phố Trần Thái Tông' },
  },
};
