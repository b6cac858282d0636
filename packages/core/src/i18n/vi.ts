/**
 * The Vietnamese catalogue of the core: the default language and the source of the `Messages` type.
 * Every other language must provide every key (`en.ts` is typed `Messages`, so a missing key fails tsc).
 * Placeholders are `{name}`; see `translate()`.
 */
export const vi = {
  // National dossier status codes (DOMAIN.md, de-facto names used by one-stop systems).
  'status.1': 'Mới đăng ký',
  'status.2': 'Được tiếp nhận',
  'status.3': 'Không được tiếp nhận',
  'status.4': 'Đang xử lý',
  'status.5': 'Yêu cầu bổ sung giấy tờ',
  'status.6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  'status.7': 'Công dân yêu cầu rút hồ sơ',
  'status.8': 'Dừng xử lý',
  'status.9': 'Đã xử lý xong',
  'status.10': 'Đã trả kết quả',

  // How a dossier is handed in (national channel codes 1, 2, 3).
  'channel.in-person': 'Trực tiếp',
  'channel.online': 'Trực tuyến',
  'channel.post': 'Qua dịch vụ bưu chính công ích',

  // How the result comes back.
  'resultChannel.online': 'Nhận kết quả trực tuyến',
  'resultChannel.post': 'Nhận qua dịch vụ bưu chính công ích',
  'resultChannel.counter': 'Nhận trực tiếp tại bộ phận một cửa',

  // Online class (Decree 42/2022) and the old level names (Decree 43/2011) that sites still quote.
  'onlineClass.full': 'Toàn trình',
  'onlineClass.partial': 'Một phần',
  'onlineClass.full.old': 'Mức độ 4',
  'onlineClass.partial.old': 'Mức độ 3',
  'onlineClass.none': 'Chỉ cung cấp thông tin',

  // Payments (contract PaymentStatus, PaymentMethod).
  'paymentStatus.created': 'Đã tạo yêu cầu thanh toán',
  'paymentStatus.started': 'Đang thanh toán',
  'paymentStatus.submitted': 'Đang chờ xác nhận thanh toán',
  'paymentStatus.success': 'Thanh toán thành công',
  'paymentStatus.failed': 'Thanh toán không thành công',
  'paymentStatus.cancelled': 'Đã huỷ thanh toán',
  'paymentStatus.error': 'Lỗi khi thanh toán',
  'paymentStatus.expired': 'Yêu cầu thanh toán đã hết hạn',
  'paymentMethod.gateway': 'Thanh toán trực tuyến qua cổng thanh toán',
  'paymentMethod.vietqr': 'Chuyển khoản bằng mã VietQR',

  // Processing times (contract Duration) and fees.
  'duration.working-days': '{value} ngày làm việc',
  'duration.days': '{value} ngày',
  'duration.hours': '{value} giờ',
  'fee.none': 'Không mất phí',

  // Errors: what happened, then what to do.
  'error.network': 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  'error.timeout': 'Máy chủ phản hồi quá lâu. Vui lòng thử lại sau ít phút.',
  'error.aborted': 'Yêu cầu đã bị huỷ.',
  'error.invalidResponse': 'Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại sau; nếu lỗi vẫn còn, hãy liên hệ cơ quan tiếp nhận.',
  'error.validation': 'Thông tin gửi đi chưa hợp lệ. Vui lòng kiểm tra và sửa các mục được đánh dấu.',
  'error.unauthorized': 'Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập. Vui lòng đăng nhập rồi thử lại.',
  'error.forbidden': 'Thông tin xác minh không đúng hoặc bạn không có quyền xem nội dung này. Vui lòng kiểm tra lại.',
  'error.notFound': 'Không tìm thấy nội dung được yêu cầu. Vui lòng kiểm tra lại mã đã nhập.',
  'error.conflict': 'Thao tác không thực hiện được ở trạng thái hiện tại của hồ sơ. Vui lòng tải lại trang để xem trạng thái mới nhất.',
  'error.tooLarge': 'Tệp quá lớn. Vui lòng chọn tệp nhỏ hơn hoặc giảm dung lượng tệp rồi tải lên lại.',
  'error.unsupportedType': 'Định dạng tệp không được chấp nhận. Vui lòng chọn tệp đúng định dạng được yêu cầu.',
  'error.rateLimited': 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.',
  'error.rateLimitedSeconds': 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'error.server': 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  'error.unknown': 'Đã có lỗi xảy ra. Vui lòng thử lại.',

  // Shared words.
  'common.retry': 'Thử lại',
  'common.loading': 'Đang tải…',
  'common.close': 'Đóng',
  'common.cancel': 'Huỷ',
  'common.back': 'Quay lại',
  'common.next': 'Tiếp tục',
  'common.submit': 'Gửi',
  'common.change': 'Thay đổi',
  'common.search': 'Tìm kiếm',
  'common.required': '(bắt buộc)',
  'common.optional': '(không bắt buộc)',
  'common.dossierCode': 'Mã hồ sơ',
  'common.appointmentDate': 'Ngày hẹn trả kết quả',

  // Configuration problems a webmaster can fix.
  'config.noBackend': 'Chưa cấu hình địa chỉ máy chủ dịch vụ công (thuộc tính base-url, phần tử <dvc-config> hoặc configure()).',
  'config.title': 'Cấu hình dịch vụ công trực tuyến',
} as const;

/** The shape every catalogue of the core must have: vi's keys, any text. */
export type Messages = { readonly [K in keyof typeof vi]: string };

/** A key of the core catalogue. */
export type MessageKey = keyof Messages;
