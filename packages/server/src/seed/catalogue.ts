// The seeded catalogue of the reference server: fields, agency levels, agencies of the demo province
// (Thành phố Hà Nội) and the procedures, one module per group of fields under ./catalogue/.
import type { Agency, CodeName, ProcedureDetail } from './types.js';
import { agencies as agencyList, agencyLevels, fields as fieldList } from './catalogue/common.js';
import { hoTich } from './catalogue/ho-tich.js';
import { tuPhap } from './catalogue/tu-phap.js';
import { kinhDoanhCuTru } from './catalogue/kinh-doanh-cu-tru.js';
import { xayDungGiaoThongDatDai } from './catalogue/xay-dung-giao-thong-dat-dai.js';
import { xaHoiGiaoDucYTe } from './catalogue/xa-hoi-giao-duc-y-te.js';

export { agencyLevels };

/** Lĩnh vực (fields), code = short ASCII kebab case. */
export const fields: CodeName[] = fieldList.map((f) => ({ code: f.code, name: f.name }));

/** Agencies of the demo province: departments (level `tinh`) and commune authorities (level `xa`). */
export const agencies: Agency[] = agencyList.map((a) => ({ code: a.code, name: a.name, level: a.level }));

/** Every seeded procedure, with every section of a procedure page. */
export const procedures: ProcedureDetail[] = [
  ...hoTich,
  ...tuPhap,
  ...kinhDoanhCuTru,
  ...xayDungGiaoThongDatDai,
  ...xaHoiGiaoDucYTe,
];
