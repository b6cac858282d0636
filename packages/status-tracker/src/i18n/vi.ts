/**
 * Vietnamese texts of `<dvc-status-tracker>` (the default language, and the source of the key type).
 * Status names (`status.1`…`status.10`) and error texts come from the core catalogue.
 */
export const vi = {
  'tracker.title': 'Tra cứu hồ sơ',
  'tracker.code': 'Mã hồ sơ',
  'tracker.codeHint': 'In trên giấy tiếp nhận, ví dụ 000.00.01.H29-260310-0420. Có thể dán, gõ hoặc dùng máy quét mã.',
  'tracker.verification': 'Mã tra cứu hoặc số điện thoại',
  'tracker.verificationHint': 'Mã tra cứu in trên giấy tiếp nhận, hoặc số điện thoại di động đã khai khi nộp.',
  'tracker.lookup': 'Tra cứu',
  'tracker.scan': 'Quét mã trên giấy tiếp nhận',
  'tracker.scanStop': 'Dừng quét',
  'tracker.scanHelp': 'Đưa mã vạch hoặc mã QR trên giấy tiếp nhận vào khung hình.',
  'tracker.scanUnavailable': 'Trình duyệt này không quét được mã bằng máy ảnh. Hãy nhập mã, hoặc dùng máy quét cầm tay.',
  'tracker.scanFailed': 'Không mở được máy ảnh. Hãy nhập mã hồ sơ bằng bàn phím.',
  'tracker.badCode': 'Mã hồ sơ chưa đúng dạng. Hãy kiểm tra lại mã in trên giấy tiếp nhận.',
  'tracker.needVerification': 'Hãy nhập mã tra cứu hoặc số điện thoại để xem hồ sơ.',
  'tracker.noMatch': 'Không tìm thấy hồ sơ với mã và thông tin xác minh này. Hãy kiểm tra lại cả hai rồi thử lại.',
  'tracker.loading': 'Đang tải hồ sơ…',
  'tracker.changed': 'Hồ sơ đã chuyển sang trạng thái: {status}.',
  'tracker.rateLimitedAt': 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau {seconds} giây (lúc {time}).',
} as const;

export type TrackerMessages = { readonly [K in keyof typeof vi]: string };
