// Deterministic generator of big catalogues for benchmarks and load tests: the real seeded procedures
// first, then variants built from per-field vocabularies, agencies of all 34 provinces and their
// communes, online classes, fees and processing times drawn from a seeded PRNG (no Math.random), so
// that the same (count, seed) always gives the same catalogue. Every variant carries every section of a
// procedure page, borrowed from a real procedure of the same field.
import type { Agency, Fee, OnlineClass, ProcedureChannel, ProcedureDetail, ResultChannel } from './types.js';
import { procedures } from './catalogue.js';
import { adminUnits } from './admin-units.js';
import type { FieldCode } from './catalogue/common.js';

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  actions: string[];
  objects: string[];
  qualifiers: string[];
}

const vocabulary: Record<FieldCode, Vocabulary> = {
  'ho-tich': {
    actions: ['Đăng ký', 'Đăng ký lại', 'Ghi vào Sổ hộ tịch việc', 'Cấp bản sao trích lục'],
    objects: ['khai sinh', 'kết hôn', 'khai tử', 'giám hộ', 'chấm dứt giám hộ', 'nhận cha, mẹ, con', 'thay đổi, cải chính, bổ sung thông tin hộ tịch'],
    qualifiers: ['', ' có yếu tố nước ngoài', ' cho người đã có hồ sơ, giấy tờ cá nhân', ' kết hợp nhận cha, mẹ, con', ' tại khu vực biên giới'],
  },
  'chung-thuc': {
    actions: ['Chứng thực', 'Cấp bản sao có chứng thực'],
    objects: ['bản sao từ bản chính', 'chữ ký', 'hợp đồng, giao dịch', 'văn bản thỏa thuận phân chia di sản', 'văn bản khai nhận di sản', 'di chúc', 'văn bản từ chối nhận di sản'],
    qualifiers: ['', ' liên quan đến tài sản là động sản', ' liên quan đến quyền sử dụng đất và nhà ở', ' do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp'],
  },
  'ly-lich-tu-phap': {
    actions: ['Cấp Phiếu lý lịch tư pháp', 'Cấp Phiếu lý lịch tư pháp số 1', 'Cấp Phiếu lý lịch tư pháp số 2'],
    objects: ['cho công dân Việt Nam', 'cho người nước ngoài đã cư trú tại Việt Nam', 'cho cơ quan nhà nước', 'cho tổ chức chính trị - xã hội'],
    qualifiers: ['', ' qua ứng dụng VNeID', ' (trường hợp ủy quyền)', ' để bổ sung hồ sơ lao động ở nước ngoài'],
  },
  'ho-kinh-doanh': {
    actions: ['Đăng ký', 'Thông báo', 'Cấp lại', 'Hiệu đính thông tin'],
    objects: ['thành lập hộ kinh doanh', 'thay đổi nội dung đăng ký hộ kinh doanh', 'tạm ngừng kinh doanh của hộ kinh doanh', 'chấm dứt hoạt động hộ kinh doanh', 'Giấy chứng nhận đăng ký hộ kinh doanh'],
    qualifiers: ['', ' (chuyển địa điểm sang xã khác)', ' do thay đổi chủ hộ', ' trên Hệ thống thông tin quốc gia'],
  },
  'cu-tru': {
    actions: ['Đăng ký', 'Xóa đăng ký', 'Gia hạn', 'Khai báo', 'Xác nhận'],
    objects: ['thường trú', 'tạm trú', 'tạm vắng', 'lưu trú', 'thông tin về cư trú', 'điều chỉnh thông tin trong Cơ sở dữ liệu về cư trú'],
    qualifiers: ['', ' cho người chưa thành niên', ' tại cơ sở tín ngưỡng, tôn giáo', ' tại phương tiện lưu động', ' qua ứng dụng VNeID'],
  },
  'xay-dung': {
    actions: ['Cấp giấy phép xây dựng mới', 'Điều chỉnh giấy phép xây dựng', 'Gia hạn giấy phép xây dựng', 'Cấp lại giấy phép xây dựng', 'Cấp giấy phép di dời'],
    objects: ['đối với nhà ở riêng lẻ', 'đối với công trình cấp III, cấp IV', 'đối với công trình theo tuyến', 'đối với công trình quảng cáo', 'đối với công trình tín ngưỡng'],
    qualifiers: ['', ' trong đô thị', ' tại khu vực nông thôn có quy hoạch', ' có thời hạn'],
  },
  'duong-bo': {
    actions: ['Đổi', 'Cấp lại', 'Cấp', 'Cấp đổi'],
    objects: ['giấy phép lái xe', 'giấy phép lái xe quốc tế', 'giấy phép lái xe hạng A1, A, B1', 'giấy phép lái xe hạng B, C1', 'giấy phép lái xe quân sự sang giấy phép lái xe dân sự'],
    qualifiers: ['', ' do ngành Giao thông vận tải cấp', ' cho người nước ngoài', ' bị mất', ' sắp hết hạn'],
  },
  'dat-dai': {
    actions: ['Đăng ký biến động', 'Cấp đổi', 'Đính chính', 'Xóa đăng ký', 'Đăng ký'],
    objects: ['quyền sử dụng đất', 'thế chấp quyền sử dụng đất', 'Giấy chứng nhận quyền sử dụng đất', 'tài sản gắn liền với đất', 'chuyển mục đích sử dụng đất'],
    qualifiers: ['', ' cho hộ gia đình, cá nhân', ' do thừa kế', ' do tặng cho', ' sau khi dồn điền, đổi thửa'],
  },
  'bao-tro-xa-hoi': {
    actions: ['Trợ cấp', 'Hỗ trợ', 'Điều chỉnh mức', 'Thôi hưởng'],
    objects: ['xã hội hằng tháng', 'chi phí mai táng', 'khẩn cấp về nhà ở', 'kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'trợ cấp đối với trẻ em không có nguồn nuôi dưỡng'],
    qualifiers: ['', ' cho người cao tuổi', ' cho người khuyết tật nặng', ' khi chuyển nơi cư trú', ' cho hộ nghèo đơn thân nuôi con'],
  },
  'nguoi-co-cong': {
    actions: ['Giải quyết chế độ', 'Giải quyết trợ cấp', 'Cấp giấy chứng nhận', 'Công nhận'],
    objects: ['ưu đãi đối với thân nhân liệt sĩ', 'thương binh', 'người hoạt động kháng chiến bị nhiễm chất độc hóa học', 'người có công giúp đỡ cách mạng', 'bệnh binh'],
    qualifiers: ['', ' đang hưởng trợ cấp hằng tháng', ' khi người có công từ trần', ' di chuyển hồ sơ'],
  },
  'giao-duc': {
    actions: ['Cấp bản sao', 'Chỉnh sửa nội dung', 'Công nhận', 'Cho phép hoạt động', 'Thành lập'],
    objects: ['bằng tốt nghiệp trung học phổ thông', 'chứng chỉ ngoại ngữ, tin học', 'trường tiểu học tư thục', 'trung tâm ngoại ngữ, tin học', 'cơ sở giáo dục mầm non độc lập'],
    qualifiers: ['', ' từ sổ gốc', ' trên địa bàn tỉnh', ' có vốn đầu tư nước ngoài'],
  },
  'y-te': {
    actions: ['Cấp mới giấy phép hành nghề', 'Cấp lại giấy phép hành nghề', 'Điều chỉnh giấy phép hoạt động', 'Cấp giấy phép hoạt động'],
    objects: ['đối với bác sĩ', 'đối với điều dưỡng', 'đối với phòng khám đa khoa', 'đối với phòng chẩn trị y học cổ truyền', 'đối với cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh'],
    qualifiers: ['', ' (thay đổi phạm vi hoạt động chuyên môn)', ' thuộc thẩm quyền của Sở Y tế'],
  },
  'an-toan-thuc-pham': {
    actions: ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Đăng ký bản công bố sản phẩm'],
    objects: ['đối với cơ sở kinh doanh dịch vụ ăn uống', 'đối với cơ sở sản xuất thực phẩm bổ sung', 'đối với bếp ăn tập thể', 'đối với cơ sở sản xuất nước uống đóng chai'],
    qualifiers: ['', ' (trường hợp thay đổi tên cơ sở)', ' quy mô dưới 200 suất ăn'],
  },
};

const FEES = [0, 0, 0, 5_000, 10_000, 15_000, 20_000, 50_000, 100_000, 135_000, 200_000, 500_000];
const CLASS_MIX: OnlineClass[][] = [['full'], ['full'], ['full'], ['full'], ['full'], ['partial'], ['partial'], ['partial'], ['full', 'partial'], []];

const provinceUnits = adminUnits.filter((u) => u.level === 'province');
const communeUnits = adminUnits.filter((u) => u.level === 'commune');
const provinceName = new Map(provinceUnits.map((u) => [u.code, u.name]));

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** `count` procedures: the real seeded ones first, then unique-coded variants. Deterministic in `seed`. */
export function generateCatalogue(count: number, seed = 1): ProcedureDetail[] {
  const out: ProcedureDetail[] = procedures.slice(0, Math.max(0, count));
  if (out.length >= count) return out;
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const agencyCache = new Map<string, Agency>();
  const agencyFor = (base: ProcedureDetail): Agency => {
    let code: string;
    let name: string;
    let level: string;
    if (base.agency.level === 'xa') {
      const c = pick(communeUnits);
      const police = base.agency.code.startsWith('ca-');
      code = `${police ? 'ca' : 'ubnd'}-${c.code}`;
      name = `${police ? 'Công an' : 'UBND'} ${lowerFirst(c.name)}`;
      level = 'xa';
    } else {
      const p = pick(provinceUnits);
      const dept = base.agency.name.replace(/ thành phố Hà Nội$/, '');
      code = `${base.agency.code.replace(/^hn-/, '')}-${p.code}`;
      name = `${dept} ${lowerFirst(provinceName.get(p.code)!)}`;
      level = 'tinh';
    }
    let a = agencyCache.get(code);
    if (!a) {
      a = { code, name, level };
      agencyCache.set(code, a);
    }
    return a;
  };

  for (let i = 1; out.length < count; i++) {
    const base = pick(procedures);
    const v = vocabulary[base.field.code as FieldCode];
    const name = `${pick(v.actions)} ${pick(v.objects)}${pick(v.qualifiers)}`;
    const agency = agencyFor(base);
    const classes = pick(CLASS_MIX);
    const full = classes.includes('full');
    const days = 1 + Math.floor(rnd() * 30);
    const amount = pick(FEES);
    const fees: Fee[] = amount > 0 ? [{ name: `Lệ phí ${lowerFirst(name)}`.slice(0, 200), kind: 'le-phi', amount }] : [];
    const time = { value: days, unit: 'working-days' as const };
    const channels: ProcedureChannel[] = [{ channel: 'in-person', processingTime: time, fees }];
    if (classes.length > 0) {
      const reduce = amount >= 20_000 && rnd() < 0.4;
      channels.push({
        channel: 'online',
        processingTime: time,
        fees: reduce ? [...fees, { name: 'Giảm khi nộp hồ sơ trực tuyến', kind: 'reduction', amount: Math.round(amount / 2 / 1000) * 1000 }] : fees,
      });
    }
    if (rnd() < 0.8) channels.push({ channel: 'post', processingTime: time, fees });
    const resultChannels: ResultChannel[] = full ? ['online', 'post', 'counter'] : classes.length ? ['counter', 'post'] : ['counter'];
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    out.push({
      code: `3.${String(i).padStart(6, '0')}`,
      name,
      description: `${name} do ${agency.name} giải quyết theo ${base.legalBasis[0]?.title ?? 'quy định của pháp luật'}${base.legalBasis[0] ? ` số ${base.legalBasis[0].number}` : ''}; thời hạn giải quyết ${days} ngày làm việc.`,
      field: base.field,
      levels: [agency.level],
      agency,
      onlineClasses: [...classes],
      onlineLevel: full ? 4 : classes.length ? 3 : 2,
      hasForm: false,
      steps: base.steps,
      channels,
      documentGroups: base.documentGroups,
      applicants: base.applicants,
      results: base.results,
      conditions: base.conditions,
      legalBasis: base.legalBasis,
      resultChannels,
      paymentMethods: full && amount > 0 ? ['gateway', 'vietqr'] : [],
      updatedAt: `${rnd() < 0.5 ? 2024 : 2025}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T08:00:00+07:00`,
    });
  }
  return out;
}
