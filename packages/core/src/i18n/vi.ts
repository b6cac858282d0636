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

  // How the result comes back.
  'resultChannel.online': 'Nhận kết quả trực tuyến',
  'resultChannel.post': 'Nhận qua dịch vụ bưu chính công ích',
  'resultChannel.counter': 'Nhận trực tiếp tại bộ phận một cửa',

  // Payment methods (contract PaymentMethod).
  'paymentMethod.gateway': 'Thanh toán trực tuyến qua cổng thanh toán',
  'paymentMethod.vietqr': 'Chuyển khoản bằng mã VietQR',

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
  'error.server': 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  'error.unknown': 'Đã có lỗi xảy ra. Vui lòng thử lại.',

  // Shared words.
  'common.retry': 'Thử lại',
  'common.loading': 'Đang tải…',
  'common.next': 'Tiếp tục',
  'common.change': 'Thay đổi',
  'common.optional': '(không bắt buộc)',
  'common.dossierCode': 'Mã hồ sơ',

  // Configuration problems a webmaster can fix.
  'config.noBackend': 'Chưa cấu hình địa chỉ máy chủ dịch vụ công (thuộc tính base-url, phần tử <dvc-config> hoặc configure()).',
} as const;

/** The shape every catalogue of the core must have: vi's keys, any text. */
export type Messages = { readonly [K in keyof typeof vi]: string };

/** A key of the core catalogue. */
export type MessageKey = keyof Messages;
