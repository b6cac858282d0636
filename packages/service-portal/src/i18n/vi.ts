/** Vietnamese texts of `<dvc-service-portal>` (the default language, and the source of the key type). */
export const vi = {
  'portal.nav': 'Dịch vụ công trực tuyến',
  'portal.nav.search': 'Thủ tục hành chính',
  'portal.nav.track': 'Tra cứu hồ sơ',
  'portal.search.title': 'Tìm thủ tục hành chính',
  'portal.apply.title': 'Nộp hồ sơ trực tuyến',
  'portal.apply.named': 'Nộp hồ sơ: {name}',
  'portal.apply.code': 'Mã thủ tục: {code}',
  'portal.pay.title': 'Thanh toán phí, lệ phí hồ sơ {code}',
  'portal.track.title': 'Tra cứu hồ sơ',
  'portal.loadFailed': 'Không tải được phần này của trang. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  'portal.backToSearch': 'Quay lại danh sách thủ tục',
  'portal.trackDossier': 'Theo dõi hồ sơ {code}',
  'portal.submitted': 'Hồ sơ đã được gửi. Bạn có thể theo dõi hồ sơ bất cứ lúc nào bằng mã hồ sơ và mã tra cứu trên giấy tiếp nhận.',
  'portal.paid': 'Đã thanh toán xong. Tiếp theo, hãy theo dõi hồ sơ cho đến khi có kết quả.',
} as const;

export type PortalMessages = { readonly [K in keyof typeof vi]: string };
