// Hộ tịch: civil status procedures of the commune people's committees (since 1 July 2025 the commune
// also handles the cases with a foreign element, formerly at district level).
import type { ProcedureDetail } from '../types.js';
import { doc, group, law, lePhi, phi, procedure } from './common.js';

const base = [law.hoTich, law.nd123, law.tt04, law.tt85];

const stepsXa = (what: string, extra?: string): string[] => [
  `Người yêu cầu nộp hồ sơ ${what} trực tiếp tại Bộ phận Một cửa của UBND cấp xã, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công.`,
  'Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện ngay (hoặc trong ngày làm việc tiếp theo với hồ sơ trực tuyến).',
  ...(extra ? [extra] : []),
  'Nếu thấy việc đăng ký là đúng quy định, công chức tư pháp - hộ tịch ghi vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch UBND cấp xã ký cấp trích lục.',
  'Trả kết quả tại Bộ phận Một cửa, qua bưu chính hoặc bản điện tử vào kho dữ liệu của người yêu cầu trên Cổng Dịch vụ công.',
];

const idDocs = doc('Giấy tờ tùy thân của người yêu cầu (hộ chiếu, thẻ Căn cước/Căn cước công dân hoặc giấy tờ có ảnh do cơ quan có thẩm quyền cấp)', 1, 0, undefined, 'Xuất trình; không phải xuất trình khi thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư');

export const hoTich: ProcedureDetail[] = [
  procedure({
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'ho-tich',
    agency: 'ubnd-ba-dinh',
    description:
      'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam, cha, mẹ là công dân Việt Nam cư trú trong nước. Kết quả là Giấy khai sinh bản chính; trẻ em được cấp số định danh cá nhân ngay khi đăng ký.',
    steps: stepsXa(
      'đăng ký khai sinh',
      'Trường hợp chưa xác định được cha, mẹ hoặc cần xác minh, công chức tư pháp - hộ tịch xác minh theo quy định; thời gian xác minh không tính vào thời hạn giải quyết.',
    ),
    days: 1,
    timeNote: 'Ngay trong ngày tiếp nhận; nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    fees: [lePhi('Lệ phí đăng ký khai sinh đúng hạn', 0, 'Miễn lệ phí (Điều 11 Luật Hộ tịch)')],
    documentGroups: [
      group(
        'Trường hợp đăng ký khai sinh đúng hạn',
        doc('Tờ khai đăng ký khai sinh', 1, 0, 'TK-KS'),
        doc('Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận việc sinh', 1, 0),
        idDocs,
      ),
      group(
        'Trường hợp trẻ em bị bỏ rơi',
        doc('Tờ khai đăng ký khai sinh', 1, 0, 'TK-KS'),
        doc('Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập', 1, 0),
      ),
      group(
        'Trường hợp trẻ em sinh ra do mang thai hộ',
        doc('Tờ khai đăng ký khai sinh', 1, 0, 'TK-KS'),
        doc('Văn bản chứng minh việc mang thai hộ theo quy định pháp luật', 1, 0),
      ),
    ],
    applicants: ['Cha, mẹ của trẻ em', 'Ông, bà hoặc người thân thích khác', 'Cá nhân, tổ chức đang nuôi dưỡng trẻ em'],
    results: ['Giấy khai sinh (bản chính)', 'Trích lục khai sinh (bản sao) nếu có yêu cầu', 'Số định danh cá nhân của trẻ em'],
    conditions: [
      'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con.',
      'Nơi đăng ký là UBND cấp xã nơi cư trú của người cha hoặc người mẹ.',
    ],
    legalBasis: [...base, law.nd63],
    classes: ['full'],
    formVersion: '2025.07.1',
    updatedAt: '2025-07-01T08:00:00+07:00',
  }),
  procedure({
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'ho-tich',
    agency: 'ubnd-hoan-kiem',
    description:
      'Đăng ký kết hôn giữa công dân Việt Nam với nhau cư trú ở trong nước. Hai bên nam, nữ cùng có mặt khi đăng ký và ký vào Giấy chứng nhận kết hôn.',
    steps: [
      'Hai bên nam, nữ nộp tờ khai đăng ký kết hôn trực tiếp tại UBND cấp xã nơi cư trú của một trong hai bên hoặc nộp trực tuyến.',
      'Công chức tư pháp - hộ tịch tiếp nhận, kiểm tra hồ sơ và khai thác thông tin về tình trạng hôn nhân trong Cơ sở dữ liệu hộ tịch điện tử.',
      'Nếu đủ điều kiện kết hôn, công chức tư pháp - hộ tịch ghi việc kết hôn vào Sổ hộ tịch, hai bên cùng ký vào Sổ và Giấy chứng nhận kết hôn.',
      'Chủ tịch UBND cấp xã tổ chức trao Giấy chứng nhận kết hôn cho hai bên nam, nữ.',
    ],
    days: 1,
    timeNote: 'Ngay trong ngày; trường hợp cần xác minh không quá 05 ngày làm việc',
    fees: [lePhi('Lệ phí đăng ký kết hôn', 0, 'Miễn lệ phí')],
    documentGroups: [
      group(
        'Hồ sơ đăng ký kết hôn',
        doc('Tờ khai đăng ký kết hôn', 1, 0, 'TK-KH'),
        doc('Giấy xác nhận tình trạng hôn nhân', 1, 0, undefined, 'Chỉ khi đăng ký tại nơi không phải nơi thường trú và thông tin chưa có trong Cơ sở dữ liệu hộ tịch điện tử'),
        idDocs,
      ),
      group(
        'Trường hợp đã ly hôn hoặc hủy việc kết hôn',
        doc('Bản sao trích lục bản án, quyết định ly hôn đã có hiệu lực pháp luật', 0, 1),
      ),
    ],
    applicants: ['Nam, nữ là công dân Việt Nam cư trú ở trong nước'],
    results: ['Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)'],
    conditions: [
      'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi trở lên.',
      'Việc kết hôn do nam, nữ tự nguyện quyết định.',
      'Không bị mất năng lực hành vi dân sự.',
      'Không thuộc các trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.',
    ],
    legalBasis: [...base, { number: '52/2014/QH13', title: 'Luật Hôn nhân và gia đình', issuedBy: 'Quốc hội', issuedDate: '2014-06-19' }],
    classes: ['partial'],
    resultChannels: ['counter'],
    formVersion: '2025.07.1',
  }),
  procedure({
    code: '1.000656',
    name: 'Đăng ký khai tử',
    field: 'ho-tich',
    agency: 'ubnd-cau-giay',
    description:
      'Đăng ký việc một người đã chết. Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác có trách nhiệm đăng ký khai tử. Có thể thực hiện liên thông với xóa đăng ký thường trú và giải quyết mai táng phí.',
    steps: stepsXa('đăng ký khai tử'),
    days: 1,
    timeNote: 'Ngay trong ngày; trường hợp cần xác minh không quá 03 ngày làm việc',
    fees: [lePhi('Lệ phí đăng ký khai tử đúng hạn', 0, 'Miễn lệ phí')],
    documentGroups: [
      group(
        'Hồ sơ đăng ký khai tử',
        doc('Tờ khai đăng ký khai tử', 1, 0, 'TK-KT'),
        doc('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0),
        idDocs,
      ),
    ],
    applicants: ['Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết', 'Cơ quan, tổ chức nơi người chết cư trú (khi không có người thân thích)'],
    results: ['Trích lục khai tử (bản chính)'],
    conditions: ['Đăng ký tại UBND cấp xã nơi cư trú cuối cùng của người chết hoặc nơi người đó chết.'],
    legalBasis: [...base, law.nd63],
    classes: ['full'],
    formVersion: '2025.07.1',
  }),
  procedure({
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'ho-tich',
    agency: 'ubnd-dong-da',
    description:
      'Xác nhận tình trạng hôn nhân của công dân Việt Nam cư trú trong nước để sử dụng vào mục đích kết hôn hoặc mục đích khác (mua bán nhà đất, vay vốn, …). Giấy có giá trị 06 tháng kể từ ngày cấp.',
    steps: stepsXa(
      'xác nhận tình trạng hôn nhân',
      'Trường hợp người yêu cầu đã từng đăng ký thường trú ở nhiều nơi, công chức đề nghị UBND cấp xã liên quan xác minh.',
    ),
    days: 3,
    fees: [lePhi('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 5_000)],
    documentGroups: [
      group(
        'Hồ sơ chung',
        doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 1, 0, 'TK-XNTTHN'),
        idDocs,
      ),
      group(
        'Trường hợp đã từng kết hôn',
        doc('Giấy tờ chứng minh việc hôn nhân trước đó đã chấm dứt (bản án, quyết định ly hôn; trích lục khai tử)', 0, 1),
      ),
    ],
    applicants: ['Công dân Việt Nam cư trú ở trong nước'],
    results: ['Giấy xác nhận tình trạng hôn nhân'],
    conditions: ['Giấy xác nhận tình trạng hôn nhân chỉ được sử dụng cho mục đích ghi trong Giấy xác nhận.'],
    legalBasis: base,
    classes: ['full'],
  }),
  procedure({
    code: '1.004859',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    field: 'ho-tich',
    agency: 'ubnd-ba-dinh',
    description:
      'Thay đổi họ, chữ đệm, tên của người dưới 18 tuổi; cải chính nội dung đã đăng ký hộ tịch khi có sai sót; bổ sung thông tin còn thiếu trong Sổ hộ tịch.',
    steps: stepsXa('thay đổi, cải chính, bổ sung thông tin hộ tịch'),
    days: 3,
    timeNote: 'Trường hợp cần xác minh được kéo dài không quá 03 ngày làm việc',
    fees: [lePhi('Lệ phí thay đổi, cải chính hộ tịch', 15_000), lePhi('Lệ phí bổ sung thông tin hộ tịch', 0, 'Miễn lệ phí')],
    onlineReduction: { amount: 7_000, note: 'Giảm lệ phí khi nộp hồ sơ trực tuyến theo Nghị quyết của HĐND thành phố' },
    documentGroups: [
      group(
        'Hồ sơ chung',
        doc('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 1, 0, 'TK-TDCC'),
        doc('Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung', 0, 1),
      ),
      group(
        'Trường hợp thay đổi họ, chữ đệm, tên cho người từ đủ 09 tuổi',
        doc('Văn bản thể hiện sự đồng ý của người được thay đổi', 1, 0),
      ),
    ],
    applicants: ['Người có yêu cầu thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Cha, mẹ, người giám hộ của người chưa thành niên'],
    results: ['Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch'],
    conditions: ['Việc thay đổi, cải chính có cơ sở, không nhằm mục đích trục lợi, không làm thay đổi quyền, nghĩa vụ dân sự của người khác.'],
    legalBasis: base,
    classes: ['full'],
  }),
  procedure({
    code: '1.004884',
    name: 'Cấp bản sao trích lục hộ tịch',
    field: 'ho-tich',
    agency: 'ubnd-hoan-kiem',
    description:
      'Cấp bản sao trích lục các sự kiện hộ tịch đã đăng ký (khai sinh, kết hôn, khai tử, …) từ Cơ sở dữ liệu hộ tịch điện tử hoặc Sổ hộ tịch.',
    steps: [
      'Người yêu cầu nộp tờ khai trực tiếp, qua bưu chính hoặc trực tuyến, nêu rõ sự kiện hộ tịch cần cấp bản sao và số lượng bản.',
      'Công chức tư pháp - hộ tịch kiểm tra, tra cứu Cơ sở dữ liệu hộ tịch điện tử, Sổ hộ tịch.',
      'Nếu sự kiện hộ tịch đã được đăng ký, Chủ tịch UBND cấp xã ký cấp bản sao trích lục.',
      'Trả kết quả cho người yêu cầu; bản điện tử được gửi vào kho dữ liệu trên Cổng Dịch vụ công.',
    ],
    days: 1,
    fees: [phi('Phí cấp bản sao trích lục hộ tịch', 8_000, 'Mỗi bản sao')],
    documentGroups: [group('Hồ sơ chung', doc('Tờ khai cấp bản sao trích lục hộ tịch', 1, 0, 'TK-BSTL'), idDocs)],
    applicants: ['Cá nhân có sự kiện hộ tịch đã đăng ký', 'Người được ủy quyền hoặc cơ quan, tổ chức có thẩm quyền'],
    results: ['Bản sao trích lục hộ tịch (bản giấy hoặc bản điện tử)'],
    conditions: [],
    legalBasis: [...base, { number: '281/2016/TT-BTC', title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong Cơ sở dữ liệu hộ tịch', issuedBy: 'Bộ Tài chính', issuedDate: '2016-11-14' }],
    classes: ['full'],
  }),
  procedure({
    code: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    field: 'ho-tich',
    agency: 'ubnd-long-bien',
    description:
      'Đăng ký việc nhận cha, mẹ, con giữa công dân Việt Nam cư trú trong nước khi không có tranh chấp. Các bên có mặt khi đăng ký.',
    steps: stepsXa('đăng ký nhận cha, mẹ, con', 'Công chức tư pháp - hộ tịch niêm yết việc nhận cha, mẹ, con tại trụ sở UBND cấp xã trong thời hạn 03 ngày làm việc.'),
    days: 3,
    fees: [lePhi('Lệ phí đăng ký nhận cha, mẹ, con', 15_000)],
    documentGroups: [
      group(
        'Hồ sơ chung',
        doc('Tờ khai đăng ký nhận cha, mẹ, con', 1, 0, 'TK-NCMC'),
        doc('Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định ADN hoặc văn bản của cơ quan có thẩm quyền)', 1, 0),
        idDocs,
      ),
    ],
    applicants: ['Người nhận cha, mẹ, con', 'Người được nhận là cha, mẹ, con'],
    results: ['Trích lục đăng ký nhận cha, mẹ, con'],
    conditions: ['Người nhận và người được nhận còn sống và không có tranh chấp.'],
    legalBasis: base,
    classes: ['partial'],
  }),
  procedure({
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    field: 'ho-tich',
    agency: 'ubnd-dong-anh',
    description:
      'Đăng ký giám hộ cử hoặc giám hộ đương nhiên cho người chưa thành niên, người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi.',
    steps: stepsXa('đăng ký giám hộ'),
    days: 3,
    fees: [lePhi('Lệ phí đăng ký giám hộ', 0, 'Miễn lệ phí')],
    documentGroups: [
      group(
        'Trường hợp giám hộ cử',
        doc('Tờ khai đăng ký giám hộ', 1, 0, 'TK-GH'),
        doc('Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự', 1, 0),
      ),
      group(
        'Trường hợp giám hộ đương nhiên',
        doc('Tờ khai đăng ký giám hộ', 1, 0, 'TK-GH'),
        doc('Giấy tờ chứng minh điều kiện giám hộ đương nhiên', 0, 1),
        doc('Văn bản thỏa thuận cử một người làm giám hộ đương nhiên (khi có nhiều người cùng đủ điều kiện)', 1, 0),
      ),
    ],
    applicants: ['Người giám hộ'],
    results: ['Trích lục đăng ký giám hộ'],
    conditions: ['Người giám hộ đáp ứng các điều kiện quy định tại Điều 49 Bộ luật Dân sự.'],
    legalBasis: [...base, { number: '91/2015/QH13', title: 'Bộ luật Dân sự', issuedBy: 'Quốc hội', issuedDate: '2015-11-24' }],
    classes: ['full', 'partial'],
  }),
  procedure({
    code: '2.000528',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    field: 'ho-tich',
    agency: 'ubnd-ha-dong',
    description:
      'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam có cha hoặc mẹ là người nước ngoài, hoặc trẻ em sinh ra ở nước ngoài chưa được đăng ký khai sinh về cư trú tại Việt Nam. Từ ngày 01/7/2025 do UBND cấp xã thực hiện.',
    steps: stepsXa(
      'đăng ký khai sinh có yếu tố nước ngoài',
      'Trường hợp cha, mẹ chọn quốc tịch nước ngoài cho con, kiểm tra văn bản thỏa thuận lựa chọn quốc tịch có xác nhận của cơ quan có thẩm quyền của nước đó.',
    ),
    days: 3,
    fees: [lePhi('Lệ phí đăng ký khai sinh có yếu tố nước ngoài', 75_000)],
    documentGroups: [
      group(
        'Hồ sơ chung',
        doc('Tờ khai đăng ký khai sinh', 1, 0, 'TK-KS'),
        doc('Giấy chứng sinh hoặc giấy tờ thay thế', 1, 0),
        doc('Văn bản thỏa thuận lựa chọn quốc tịch cho con (khi chọn quốc tịch nước ngoài)', 1, 0, undefined, 'Được hợp pháp hóa lãnh sự và dịch ra tiếng Việt'),
        doc('Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của cha, mẹ là người nước ngoài', 0, 1),
      ),
    ],
    applicants: ['Cha, mẹ của trẻ em', 'Người thân thích hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em'],
    results: ['Giấy khai sinh (bản chính)'],
    conditions: ['Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn theo điều ước quốc tế.'],
    legalBasis: base,
    classes: ['partial'],
  }),
];
