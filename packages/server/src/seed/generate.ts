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
  /** Procedure names as agencies word them. */
  names: string[];
  /** Case suffixes that make a distinct procedure out of a name ('' = none). */
  qualifiers: string[];
}

const vocabulary: Record<FieldCode, Vocabulary> = {
  'ho-tich': {
    names: ['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký khai tử', 'Đăng ký giám hộ', 'Đăng ký chấm dứt giám hộ', 'Đăng ký nhận cha, mẹ, con', 'Đăng ký lại khai sinh', 'Đăng ký lại kết hôn', 'Đăng ký lại khai tử', 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'Cấp bản sao trích lục hộ tịch', 'Ghi vào Sổ hộ tịch việc kết hôn đã giải quyết ở nước ngoài'],
    qualifiers: ['', '', ' có yếu tố nước ngoài', ' tại khu vực biên giới', ' cho người đã có hồ sơ, giấy tờ cá nhân'],
  },
  'chung-thuc': {
    names: ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản', 'Chứng thực văn bản thỏa thuận phân chia di sản', 'Chứng thực văn bản khai nhận di sản', 'Chứng thực di chúc', 'Chứng thực văn bản từ chối nhận di sản', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch'],
    qualifiers: ['', '', ' (trường hợp người yêu cầu không thể ký, không thể điểm chỉ)', ' tại chỗ ở của người yêu cầu'],
  },
  'ly-lich-tu-phap': {
    names: ['Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam', 'Cấp Phiếu lý lịch tư pháp số 2 cho công dân Việt Nam', 'Cấp Phiếu lý lịch tư pháp cho người nước ngoài đã cư trú tại Việt Nam', 'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị - xã hội'],
    qualifiers: ['', ' qua ứng dụng VNeID', ' (trường hợp ủy quyền)'],
  },
  'ho-kinh-doanh': {
    names: ['Đăng ký thành lập hộ kinh doanh', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Thông báo tạm ngừng kinh doanh của hộ kinh doanh', 'Thông báo tiếp tục kinh doanh trước thời hạn của hộ kinh doanh', 'Chấm dứt hoạt động hộ kinh doanh', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'Hiệu đính thông tin trên Giấy chứng nhận đăng ký hộ kinh doanh'],
    qualifiers: ['', '', ' (chuyển địa chỉ trụ sở sang xã khác)', ' do thay đổi chủ hộ kinh doanh'],
  },
  'cu-tru': {
    names: ['Đăng ký thường trú', 'Đăng ký tạm trú', 'Gia hạn tạm trú', 'Xóa đăng ký thường trú', 'Xóa đăng ký tạm trú', 'Khai báo tạm vắng', 'Thông báo lưu trú', 'Tách hộ', 'Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 'Xác nhận thông tin về cư trú'],
    qualifiers: ['', '', ' cho người chưa thành niên', ' tại cơ sở tín ngưỡng, tôn giáo', ' tại phương tiện lưu động', ' qua ứng dụng VNeID'],
  },
  'xay-dung': {
    names: ['Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV', 'Cấp giấy phép sửa chữa, cải tạo công trình', 'Cấp giấy phép di dời công trình', 'Điều chỉnh giấy phép xây dựng', 'Gia hạn giấy phép xây dựng', 'Cấp lại giấy phép xây dựng', 'Cấp giấy phép xây dựng có thời hạn', 'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III'],
    qualifiers: ['', '', ' trong đô thị', ' tại khu vực nông thôn có quy hoạch chi tiết'],
  },
  'duong-bo': {
    names: ['Đổi giấy phép lái xe', 'Cấp lại giấy phép lái xe', 'Cấp giấy phép lái xe quốc tế', 'Đổi giấy phép lái xe do nước ngoài cấp', 'Đổi giấy phép lái xe quân sự sang giấy phép lái xe dân sự', 'Cấp giấy phép lái xe sau sát hạch'],
    qualifiers: ['', '', ' do ngành Giao thông vận tải cấp', ' cho người nước ngoài cư trú tại Việt Nam'],
  },
  'dat-dai': {
    names: ['Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'Xóa đăng ký thế chấp quyền sử dụng đất', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất', 'Đính chính Giấy chứng nhận đã cấp', 'Chuyển mục đích sử dụng đất', 'Tách thửa hoặc hợp thửa đất', 'Gia hạn sử dụng đất', 'Cung cấp thông tin, dữ liệu đất đai'],
    qualifiers: ['', '', ' do chuyển nhượng', ' do thừa kế, tặng cho', ' cho hộ gia đình, cá nhân'],
  },
  'bao-tro-xa-hoi': {
    names: ['Trợ cấp xã hội hằng tháng', 'Hỗ trợ chi phí mai táng', 'Hỗ trợ khẩn cấp về nhà ở', 'Hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'Điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', 'Chi trả trợ cấp xã hội khi chuyển nơi cư trú', 'Xác định mức độ khuyết tật và cấp Giấy xác nhận khuyết tật'],
    qualifiers: ['', '', ' đối với người cao tuổi', ' đối với người khuyết tật đặc biệt nặng', ' đối với trẻ em không có nguồn nuôi dưỡng'],
  },
  'nguoi-co-cong': {
    names: ['Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 'Giải quyết trợ cấp mai táng khi người có công từ trần', 'Công nhận và giải quyết chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học', 'Di chuyển hồ sơ người có công với cách mạng', 'Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ', 'Giải quyết chế độ ưu đãi đối với con đẻ của người hoạt động kháng chiến'],
    qualifiers: ['', '', ' đang hưởng trợ cấp hằng tháng'],
  },
  'giao-duc': {
    names: ['Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục', 'Thành lập trường tiểu học tư thục', 'Cho phép cơ sở giáo dục mầm non độc lập hoạt động', 'Chuyển trường đối với học sinh trung học cơ sở', 'Công nhận trường đạt chuẩn quốc gia', 'Xét tuyển sinh vào lớp 10'],
    qualifiers: ['', '', ' trên địa bàn tỉnh', ' có vốn đầu tư nước ngoài'],
  },
  'y-te': {
    names: ['Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sĩ', 'Cấp mới giấy phép hành nghề đối với chức danh điều dưỡng', 'Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh', 'Cấp giấy phép hoạt động đối với phòng khám đa khoa', 'Cấp giấy phép hoạt động đối với phòng chẩn trị y học cổ truyền', 'Điều chỉnh giấy phép hoạt động khám bệnh, chữa bệnh', 'Cấp giấy phép hoạt động đối với cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh'],
    qualifiers: ['', '', ' (thay đổi phạm vi hoạt động chuyên môn)', ' (thay đổi địa điểm)'],
  },
  'an-toan-thuc-pham': {
    names: ['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Đăng ký bản công bố sản phẩm', 'Cấp giấy xác nhận nội dung quảng cáo thực phẩm'],
    qualifiers: ['', ' đối với cơ sở kinh doanh dịch vụ ăn uống', ' đối với bếp ăn tập thể', ' đối với cơ sở sản xuất nước uống đóng chai', ' đối với thực phẩm bảo vệ sức khỏe'],
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
    const name = `${pick(v.names)}${pick(v.qualifiers)}`;
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
