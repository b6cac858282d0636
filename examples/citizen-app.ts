// What the React and Vue examples share: the app's own texts, the portal's payment and tracking
// addresses, and which online class the receipt's "what next" follows. Only the framework code differs.
import type { Lang, OnlineClass, Receipt } from '@dvc/core';

/** The app's texts (the elements bring their own); `framework` names the example in the title. */
export function appTexts(framework: 'React' | 'Vue') {
  return {
    vi: {
      title: `Dịch vụ công trực tuyến (${framework})`,
      find: 'Tìm thủ tục hành chính',
      chosen: 'Thủ tục đã chọn',
      other: 'Chọn thủ tục khác',
      submitted: 'Đã nộp hồ sơ',
      track: 'Theo dõi hồ sơ này',
      again: 'Nộp hồ sơ khác',
    },
    en: {
      title: `Online public services (${framework})`,
      find: 'Find an administrative procedure',
      chosen: 'Chosen procedure',
      other: 'Choose another procedure',
      submitted: 'Dossier submitted',
      track: 'Track this dossier',
      again: 'Apply for something else',
    },
  } satisfies Record<Lang, Record<string, string>>;
}

/** The portal's payment page, `{code}` and `{secret}` filled in by the elements. */
export const PAY_HREF = '/thanh-toan.html?ma={code}&xac-thuc={secret}';

/** The portal's tracking page for a receipt. */
export const trackHref = (receipt: Receipt): string =>
  `/tra-cuu.html?${new URLSearchParams({ ma: receipt.dossierCode, 'xac-thuc': receipt.lookupSecret })}`;

/** The receipt's "what next" depends on how far the procedure is online (full = pay online now). */
export const onlineClassOf = (classes: readonly OnlineClass[]): OnlineClass | undefined =>
  classes.includes('full') ? 'full' : classes[0];
