import type { TrackerMessages } from './vi.js';

/** English texts of `<dvc-status-tracker>`; typed against vi, so a missing key fails tsc. */
export const en: TrackerMessages = {
  'tracker.title': 'Track your application',
  'tracker.code': 'Application code',
  'tracker.codeHint': 'Printed on your receipt, for example 000.00.01.H29-260310-0420. You can paste, type or scan it.',
  'tracker.verification': 'Lookup code or phone number',
  'tracker.verificationHint': 'The lookup code printed on your receipt, or the mobile number you gave when applying.',
  'tracker.lookup': 'Look up',
  'tracker.scan': 'Scan the code on your receipt',
  'tracker.scanStop': 'Stop scanning',
  'tracker.scanHelp': 'Hold the barcode or QR code of your receipt in front of the camera.',
  'tracker.scanUnavailable': 'This browser cannot scan codes with the camera. Type the code, or use a handheld scanner.',
  'tracker.scanFailed': 'The camera could not be opened. Please type the application code.',
  'tracker.badCode': 'This does not look like an application code. Check the code printed on your receipt.',
  'tracker.needVerification': 'Enter the lookup code or your phone number to see the application.',
  'tracker.noMatch': 'No application matches this code and verification. Check both and try again.',
  'tracker.loading': 'Loading the application…',
  'tracker.changed': 'The application moved to: {status}.',
  'tracker.rateLimitedAt': 'Too many lookups. Please try again in {seconds} seconds (at {time}).',
};
