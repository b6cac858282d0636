// The seeded application forms (JSON Schema 2020-12 + UI schema) and one realistic, valid sample of
// data per form, keyed by procedure code.
import type { FormDefinition } from '../types.js';
import { giayPhepLaiXe, giayPhepLaiXeSample } from './giay-phep-lai-xe.js';
import { giayPhepXayDung, giayPhepXayDungSample } from './giay-phep-xay-dung.js';
import { hoKinhDoanh, hoKinhDoanhSample } from './ho-kinh-doanh.js';
import { ketHon, ketHonSample } from './ket-hon.js';
import { khaiSinh, khaiSinhSample } from './khai-sinh.js';
import { khaiTu, khaiTuSample } from './khai-tu.js';
import { lyLichTuPhap, lyLichTuPhapSample } from './ly-lich-tu-phap.js';
import { thuongTru, thuongTruSample } from './thuong-tru.js';

export { ACCEPTED_TYPES, MAX_UPLOAD_BYTES } from './shared.js';

export const formDefinitions: FormDefinition[] = [
  khaiSinh,
  ketHon,
  khaiTu,
  lyLichTuPhap,
  hoKinhDoanh,
  thuongTru,
  giayPhepXayDung,
  giayPhepLaiXe,
];

/** A realistic dossier data object per form, valid against the form's schema. */
export const formSamples: Record<string, Record<string, unknown>> = {
  [khaiSinh.procedureCode]: khaiSinhSample,
  [ketHon.procedureCode]: ketHonSample,
  [khaiTu.procedureCode]: khaiTuSample,
  [lyLichTuPhap.procedureCode]: lyLichTuPhapSample,
  [hoKinhDoanh.procedureCode]: hoKinhDoanhSample,
  [thuongTru.procedureCode]: thuongTruSample,
  [giayPhepXayDung.procedureCode]: giayPhepXayDungSample,
  [giayPhepLaiXe.procedureCode]: giayPhepLaiXeSample,
};

/** Custom formats used by the schemas (docs/ui-schema.md), for validators that register them. */
export const customFormats: Record<string, RegExp> = {
  'citizen-id': /^\d{12}$/,
  'vn-mobile': /^0\d{9}$/,
  'tax-code': /^\d{10}(-\d{3})?$/,
};
