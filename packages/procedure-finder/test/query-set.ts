// The fixed query set: what citizens type, and what must come back. The Node tests and the browser
// tests check it on the seeded catalogue (66 procedures); the bench measures recall@10 with it on a
// generated catalogue of 10,000 (where a query's relevant set is every procedure of that name, or of
// that field, or with that code). A name query must point at one name in both catalogues: the
// generator adds look-alike names ("Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam").

export type QueryKind = 'exact' | 'no-diacritics' | 'prefix' | 'typo' | 'code' | 'field';

export interface QueryCase {
  readonly kind: QueryKind;
  readonly q: string;
  /** Code of the procedure that must come first on the seeded catalogue. */
  readonly first?: string;
  /** For field queries: the field every one of the first results must belong to. */
  readonly field?: string;
  /** How many results the seeded catalogue must show at least. */
  readonly atLeast?: number;
}

export const BIRTH = '1.001193';

export const querySet: readonly QueryCase[] = [
  { kind: 'exact', q: 'Đăng ký khai sinh', first: BIRTH },
  { kind: 'exact', q: 'Đăng ký kết hôn', first: '1.000894' },
  { kind: 'exact', q: 'Đăng ký thường trú', first: '1.001266' },
  { kind: 'exact', q: 'Cấp lại giấy phép lái xe', first: '2.002182' },
  { kind: 'exact', q: 'Tách hộ', first: '1.004206' },
  { kind: 'no-diacritics', q: 'dang ky khai sinh', first: BIRTH },
  { kind: 'no-diacritics', q: 'DANG KY KHAI TU', first: '1.000656' },
  { kind: 'no-diacritics', q: 'dang ky tam tru', first: '1.004194' },
  { kind: 'no-diacritics', q: 'ly lich tu phap cong dan nguoi nuoc ngoai', first: '2.001417' },
  { kind: 'no-diacritics', q: 'giay phep xay dung nha o rieng le', first: '1.009994' },
  { kind: 'no-diacritics', q: 'thanh lap ho kinh doanh', first: '2.000575' },
  { kind: 'prefix', q: 'dang ky khai s', first: BIRTH },
  { kind: 'prefix', q: 'đăng ký kết h', first: '1.000894' },
  { kind: 'prefix', q: 'khai bao tam v', first: '1.004221' },
  { kind: 'prefix', q: 'gia han tam', first: '1.004222' },
  { kind: 'prefix', q: 'chung thuc chu k', first: '2.000884' },
  { kind: 'typo', q: 'dang ky khia sinh', first: BIRTH },
  { kind: 'typo', q: 'dnag ky ket hon', first: '1.000894' },
  { kind: 'typo', q: 'dang ky thuong truu', first: '1.001266' },
  { kind: 'typo', q: 'tach thau dat', first: '1.012764' },
  { kind: 'typo', q: 'giay phep lai xe quco te', first: '2.002183' },
  { kind: 'code', q: '1.001193', first: BIRTH },
  { kind: 'code', q: '2.002183', first: '2.002183' },
  { kind: 'code', q: '1.012764', first: '1.012764' },
  { kind: 'field', q: 'ho tich', field: 'ho-tich', atLeast: 9 },
  { kind: 'field', q: 'cư trú', field: 'cu-tru', atLeast: 7 },
  { kind: 'field', q: 'dat dai', field: 'dat-dai', atLeast: 6 },
  { kind: 'field', q: 'nguoi co cong', field: 'nguoi-co-cong', atLeast: 4 },
];
