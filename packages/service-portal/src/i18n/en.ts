import type { PortalMessages } from './vi.js';

/** English texts of `<dvc-service-portal>`; typed against vi, so a missing key fails tsc. */
export const en: PortalMessages = {
  'portal.nav': 'Online public services',
  'portal.nav.search': 'Administrative procedures',
  'portal.nav.track': 'Track an application',
  'portal.search.title': 'Find an administrative procedure',
  'portal.apply.title': 'Apply online',
  'portal.apply.named': 'Apply: {name}',
  'portal.apply.code': 'Procedure code: {code}',
  'portal.pay.title': 'Pay the fees of application {code}',
  'portal.track.title': 'Track an application',
  'portal.loadFailed': 'This part of the page could not be loaded. Please check your connection and try again.',
  'portal.backToSearch': 'Back to the list of procedures',
  'portal.trackDossier': 'Track application {code}',
  'portal.submitted': 'Your application was sent. You can track it at any time with the application code and the lookup code on your receipt.',
  'portal.paid': 'Payment complete. Next, follow your application until the result is ready.',
};
