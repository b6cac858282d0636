// Shared vocabulary of the seeded catalogue: fields (lĩnh vực), agency levels, agencies of the demo
// province (Thành phố Hà Nội), the legal documents quoted by the procedures, and `procedure()`, which
// turns a compact per-procedure spec into a full `ProcedureDetail` (channels, payment methods, online
// level) so that every procedure page carries every section.
import type {
  Agency,
  CodeName,
  DocumentGroup,
  Fee,
  LegalDocument,
  OnlineClass,
  ProcedureChannel,
  ProcedureDetail,
  RequiredDocument,
  ResultChannel,
} from '../types.js';

export const fields = [
  { code: 'ho-tich', name: 'Hộ tịch' },
  { code: 'chung-thuc', name: 'Chứng thực' },
  { code: 'ly-lich-tu-phap', name: 'Lý lịch tư pháp' },
  { code: 'ho-kinh-doanh', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  { code: 'cu-tru', name: 'Đăng ký, quản lý cư trú' },
  { code: 'xay-dung', name: 'Hoạt động xây dựng' },
  { code: 'duong-bo', name: 'Đường bộ (giấy phép lái xe)' },
  { code: 'dat-dai', name: 'Đất đai' },
  { code: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội' },
  { code: 'nguoi-co-cong', name: 'Người có công' },
  { code: 'giao-duc', name: 'Giáo dục và Đào tạo' },
  { code: 'y-te', name: 'Khám bệnh, chữa bệnh' },
  { code: 'an-toan-thuc-pham', name: 'An toàn thực phẩm' },
] as const satisfies readonly CodeName[];

export type FieldCode = (typeof fields)[number]['code'];

export const agencyLevels: CodeName[] = [
  { code: 'trung-uong', name: 'Trung ương' },
  { code: 'tinh', name: 'Cấp tỉnh' },
  { code: 'xa', name: 'Cấp xã' },
];

export const agencies = [
  { code: 'hn-stp', name: 'Sở Tư pháp thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-sxd', name: 'Sở Xây dựng thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-ca', name: 'Công an thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-snnmt', name: 'Sở Nông nghiệp và Môi trường thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-syt', name: 'Sở Y tế thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-sgddt', name: 'Sở Giáo dục và Đào tạo thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-snv', name: 'Sở Nội vụ thành phố Hà Nội', level: 'tinh' },
  { code: 'hn-stc', name: 'Sở Tài chính thành phố Hà Nội', level: 'tinh' },
  { code: 'ubnd-ba-dinh', name: 'UBND phường Ba Đình', level: 'xa' },
  { code: 'ubnd-hoan-kiem', name: 'UBND phường Hoàn Kiếm', level: 'xa' },
  { code: 'ubnd-cau-giay', name: 'UBND phường Cầu Giấy', level: 'xa' },
  { code: 'ubnd-dong-da', name: 'UBND phường Đống Đa', level: 'xa' },
  { code: 'ubnd-ha-dong', name: 'UBND phường Hà Đông', level: 'xa' },
  { code: 'ubnd-long-bien', name: 'UBND phường Long Biên', level: 'xa' },
  { code: 'ubnd-dong-anh', name: 'UBND xã Đông Anh', level: 'xa' },
  { code: 'ubnd-soc-son', name: 'UBND xã Sóc Sơn', level: 'xa' },
  { code: 'ubnd-gia-lam', name: 'UBND xã Gia Lâm', level: 'xa' },
  { code: 'ubnd-thanh-tri', name: 'UBND xã Thanh Trì', level: 'xa' },
  { code: 'ca-ba-dinh', name: 'Công an phường Ba Đình', level: 'xa' },
  { code: 'ca-cau-giay', name: 'Công an phường Cầu Giấy', level: 'xa' },
  { code: 'ca-dong-anh', name: 'Công an xã Đông Anh', level: 'xa' },
] as const satisfies readonly Agency[];

export type AgencyCode = (typeof agencies)[number]['code'];

const fieldByCode = new Map<string, CodeName>(fields.map((f) => [f.code, { code: f.code, name: f.name }]));
const agencyByCode = new Map<string, Agency>(agencies.map((a) => [a.code, { ...a }]));

export function fieldOf(code: FieldCode): CodeName {
  return { ...fieldByCode.get(code)! };
}
export function agencyOf(code: AgencyCode): Agency {
  return { ...agencyByCode.get(code)! };
}

/** Legal documents quoted by several procedures. */
export const law = {
  hoTich: { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedBy: 'Quốc hội', issuedDate: '2014-11-20' },
  nd123: {
    number: '123/2015/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    issuedBy: 'Chính phủ',
    issuedDate: '2015-11-15',
  },
  tt04: {
    number: '04/2020/TT-BTP',
    title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
    issuedBy: 'Bộ Tư pháp',
    issuedDate: '2020-05-28',
  },
  tt85: {
    number: '85/2019/TT-BTC',
    title: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương',
    issuedBy: 'Bộ Tài chính',
    issuedDate: '2019-11-29',
  },
  nd45: {
    number: '45/2020/NĐ-CP',
    title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    issuedBy: 'Chính phủ',
    issuedDate: '2020-04-08',
  },
  nd63: {
    number: '63/2024/NĐ-CP',
    title: 'Nghị định quy định việc thực hiện liên thông điện tử nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-06-10',
  },
  nd23: {
    number: '23/2015/NĐ-CP',
    title: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    issuedBy: 'Chính phủ',
    issuedDate: '2015-02-16',
  },
  tt01ct: {
    number: '01/2020/TT-BTP',
    title: 'Thông tư quy định chi tiết, hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP',
    issuedBy: 'Bộ Tư pháp',
    issuedDate: '2020-03-03',
  },
  tt226: {
    number: '226/2016/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
    issuedBy: 'Bộ Tài chính',
    issuedDate: '2016-11-11',
  },
  lltp: { number: '28/2009/QH12', title: 'Luật Lý lịch tư pháp', issuedBy: 'Quốc hội', issuedDate: '2009-06-17' },
  nd111: {
    number: '111/2010/NĐ-CP',
    title: 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp',
    issuedBy: 'Chính phủ',
    issuedDate: '2010-11-23',
  },
  tt244: {
    number: '244/2016/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
    issuedBy: 'Bộ Tài chính',
    issuedDate: '2016-11-11',
  },
  nd01: {
    number: '01/2021/NĐ-CP',
    title: 'Nghị định về đăng ký doanh nghiệp',
    issuedBy: 'Chính phủ',
    issuedDate: '2021-01-04',
  },
  nd168: {
    number: '168/2025/NĐ-CP',
    title: 'Nghị định về đăng ký doanh nghiệp',
    issuedBy: 'Chính phủ',
    issuedDate: '2025-06-30',
  },
  cuTru: { number: '68/2020/QH14', title: 'Luật Cư trú', issuedBy: 'Quốc hội', issuedDate: '2020-11-13' },
  nd154: {
    number: '154/2024/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-11-26',
  },
  tt55: {
    number: '55/2021/TT-BCA',
    title: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    issuedBy: 'Bộ Công an',
    issuedDate: '2021-05-15',
  },
  tt75: {
    number: '75/2022/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú',
    issuedBy: 'Bộ Tài chính',
    issuedDate: '2022-12-22',
  },
  xayDung: { number: '50/2014/QH13', title: 'Luật Xây dựng', issuedBy: 'Quốc hội', issuedDate: '2014-06-18' },
  xayDungSua: {
    number: '62/2020/QH14',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
    issuedBy: 'Quốc hội',
    issuedDate: '2020-06-17',
  },
  nd15: {
    number: '15/2021/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng',
    issuedBy: 'Chính phủ',
    issuedDate: '2021-03-03',
  },
  nd175: {
    number: '175/2024/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-12-30',
  },
  ttatgt: {
    number: '36/2024/QH15',
    title: 'Luật Trật tự, an toàn giao thông đường bộ',
    issuedBy: 'Quốc hội',
    issuedDate: '2024-06-27',
  },
  tt12bca: {
    number: '12/2025/TT-BCA',
    title: 'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
    issuedBy: 'Bộ Công an',
    issuedDate: '2025-02-28',
  },
  tt37: {
    number: '37/2023/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển phương tiện giao thông',
    issuedBy: 'Bộ Tài chính',
    issuedDate: '2023-06-07',
  },
  datDai: { number: '31/2024/QH15', title: 'Luật Đất đai', issuedBy: 'Quốc hội', issuedDate: '2024-01-18' },
  nd101: {
    number: '101/2024/NĐ-CP',
    title: 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-07-29',
  },
  nd102: {
    number: '102/2024/NĐ-CP',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-07-30',
  },
  nd20: {
    number: '20/2021/NĐ-CP',
    title: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    issuedBy: 'Chính phủ',
    issuedDate: '2021-03-15',
  },
  nd76: {
    number: '76/2024/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-07-01',
  },
  nkt: { number: '51/2010/QH12', title: 'Luật Người khuyết tật', issuedBy: 'Quốc hội', issuedDate: '2010-06-17' },
  plUuDai: {
    number: '02/2020/UBTVQH14',
    title: 'Pháp lệnh Ưu đãi người có công với cách mạng',
    issuedBy: 'Ủy ban Thường vụ Quốc hội',
    issuedDate: '2020-12-09',
  },
  nd131: {
    number: '131/2021/NĐ-CP',
    title: 'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng',
    issuedBy: 'Chính phủ',
    issuedDate: '2021-12-30',
  },
  giaoDuc: { number: '43/2019/QH14', title: 'Luật Giáo dục', issuedBy: 'Quốc hội', issuedDate: '2019-06-14' },
  tt21gd: {
    number: '21/2019/TT-BGDĐT',
    title: 'Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân',
    issuedBy: 'Bộ Giáo dục và Đào tạo',
    issuedDate: '2019-11-29',
  },
  nd125: {
    number: '125/2024/NĐ-CP',
    title: 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục',
    issuedBy: 'Chính phủ',
    issuedDate: '2024-10-05',
  },
  kcb: { number: '15/2023/QH15', title: 'Luật Khám bệnh, chữa bệnh', issuedBy: 'Quốc hội', issuedDate: '2023-01-09' },
  nd96: {
    number: '96/2023/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
    issuedBy: 'Chính phủ',
    issuedDate: '2023-12-30',
  },
  attp: { number: '55/2010/QH12', title: 'Luật An toàn thực phẩm', issuedBy: 'Quốc hội', issuedDate: '2010-06-17' },
  nd15attp: {
    number: '15/2018/NĐ-CP',
    title: 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
    issuedBy: 'Chính phủ',
    issuedDate: '2018-02-02',
  },
  tt67: {
    number: '67/2021/TT-BTC',
    title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm',
    issuedBy: 'Bộ Tài chính',
    issuedDate: '2021-08-05',
  },
} satisfies Record<string, LegalDocument>;

/**
 * One required document: `doc('Tờ khai đăng ký khai sinh', 1, 0, 'TK-KS')`; the template code becomes
 * the template's display name ("Mẫu TK-KS") and its URL (`/templates/TK-KS.docx`).
 */
export function doc(name: string, originals = 1, copies = 0, template?: string, note?: string): RequiredDocument {
  const d: RequiredDocument = { name, originals, copies };
  if (template) {
    d.templateName = `Mẫu ${template}`;
    d.templateUrl = `/templates/${template}.docx`;
  }
  if (note) d.note = note;
  return d;
}

export function group(caseName: string, ...documents: RequiredDocument[]): DocumentGroup {
  return { case: caseName, documents };
}

export const lePhi = (name: string, amount: number, note?: string): Fee =>
  note ? { name, kind: 'le-phi', amount, note } : { name, kind: 'le-phi', amount };
export const phi = (name: string, amount: number, note?: string): Fee =>
  note ? { name, kind: 'phi', amount, note } : { name, kind: 'phi', amount };

/** The compact description of one procedure, turned into a `ProcedureDetail` by `procedure()`. */
export interface ProcedureSpec {
  code: string;
  name: string;
  field: FieldCode;
  agency: AgencyCode;
  /** Agency level codes; defaults to the agency's level. */
  levels?: string[];
  description: string;
  steps: string[];
  /** Processing time in working days, for every channel unless `timeByChannel` says otherwise. */
  days: number;
  timeNote?: string;
  timeByChannel?: Partial<Record<ProcedureChannel['channel'], number>>;
  /** Fees charged on every channel (empty or omitted = free). */
  fees?: Fee[];
  /** Amount taken off the fees when the dossier is submitted online. */
  onlineReduction?: { amount: number; note: string };
  /** Whether dossiers may be sent by public post (default true). */
  post?: boolean;
  documentGroups: DocumentGroup[];
  applicants: string[];
  results: string[];
  conditions: string[];
  legalBasis: LegalDocument[];
  classes: OnlineClass[];
  resultChannels?: ResultChannel[];
  formVersion?: string;
  updatedAt?: string;
}

const channelText: Record<ProcedureChannel['channel'], string> = {
  'in-person': 'Nộp trực tiếp tại Bộ phận Một cửa',
  online: 'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Cổng dịch vụ công của thành phố',
  post: 'Gửi hồ sơ qua dịch vụ bưu chính công ích',
};

export function procedure(s: ProcedureSpec): ProcedureDetail {
  const agency = agencyOf(s.agency);
  const fees = s.fees ?? [];
  const time = (c: ProcedureChannel['channel']) => ({
    value: s.timeByChannel?.[c] ?? s.days,
    unit: 'working-days' as const,
    ...(s.timeNote ? { note: s.timeNote } : {}),
  });
  const channels: ProcedureChannel[] = [
    { channel: 'in-person', processingTime: time('in-person'), fees, description: channelText['in-person'] },
  ];
  const online = s.classes.length > 0;
  if (online) {
    const onlineFees =
      s.onlineReduction && fees.length > 0
        ? [...fees, { name: 'Giảm khi nộp hồ sơ trực tuyến', kind: 'reduction' as const, amount: s.onlineReduction.amount, note: s.onlineReduction.note }]
        : fees;
    channels.push({ channel: 'online', processingTime: time('online'), fees: onlineFees, description: channelText.online });
  }
  if (s.post !== false) {
    channels.push({ channel: 'post', processingTime: time('post'), fees, description: channelText.post });
  }
  const full = s.classes.includes('full');
  const paid = fees.some((f) => f.amount > 0 && f.kind !== 'reduction');
  const resultChannels: ResultChannel[] =
    s.resultChannels ?? (full ? ['online', 'post', 'counter'] : online ? ['counter', 'post'] : ['counter']);
  const p: ProcedureDetail = {
    code: s.code,
    name: s.name,
    description: s.description,
    field: fieldOf(s.field),
    levels: s.levels ?? [agency.level],
    agency,
    onlineClasses: [...s.classes],
    onlineLevel: full ? 4 : online ? 3 : 2,
    hasForm: s.formVersion !== undefined,
    steps: s.steps,
    channels,
    documentGroups: s.documentGroups,
    applicants: s.applicants,
    results: s.results,
    conditions: s.conditions,
    legalBasis: s.legalBasis,
    resultChannels,
    paymentMethods: full && paid ? ['gateway', 'vietqr'] : [],
    updatedAt: s.updatedAt ?? '2025-07-01T08:00:00+07:00',
  };
  if (s.formVersion !== undefined) p.formVersion = s.formVersion;
  return p;
}
