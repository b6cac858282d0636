import type { Messages } from './vi.js';

/** The English catalogue; typed `Messages`, so a key missing here fails tsc. */
export const en: Messages = {
  'status.1': 'Submitted online',
  'status.2': 'Accepted',
  'status.3': 'Not accepted',
  'status.4': 'In processing',
  'status.5': 'More documents requested',
  'status.6': 'Fee or tax due',
  'status.7': 'Withdrawal requested',
  'status.8': 'Processing stopped',
  'status.9': 'Result ready',
  'status.10': 'Result delivered',

  'resultChannel.online': 'Receive the result online',
  'resultChannel.post': 'Receive the result by public postal service',
  'resultChannel.counter': 'Collect the result at the one-stop counter',

  'paymentMethod.gateway': 'Pay online through a payment gateway',
  'paymentMethod.vietqr': 'Bank transfer with a VietQR code',

  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again in a few minutes.',
  'error.aborted': 'The request was cancelled.',
  'error.invalidResponse': 'The server sent data we could not read. Try again later; if it keeps happening, contact the receiving agency.',
  'error.validation': 'Some of the information is not valid. Check and correct the highlighted answers.',
  'error.unauthorized': 'Your session has expired or you are not signed in. Sign in and try again.',
  'error.forbidden': 'The verification details are wrong or you may not see this. Check them and try again.',
  'error.notFound': 'We could not find what you asked for. Check the code you entered.',
  'error.conflict': 'This cannot be done in the dossier’s current state. Reload the page to see its latest status.',
  'error.tooLarge': 'The file is too large. Choose a smaller file or reduce its size and upload it again.',
  'error.unsupportedType': 'This file type is not accepted. Choose a file in one of the accepted formats.',
  'error.rateLimited': 'Too many attempts. Wait a moment and try again.',
  'error.server': 'The service is having a problem. Try again in a few minutes.',
  'error.unknown': 'Something went wrong. Try again.',

  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.next': 'Continue',
  'common.change': 'Change',
  'common.optional': '(optional)',
  'common.dossierCode': 'Dossier code',

  'config.noBackend': 'The public-service server address is not configured (base-url attribute, <dvc-config> element or configure()).',
};
