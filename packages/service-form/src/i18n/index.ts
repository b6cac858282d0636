import { registerMessages } from '@dvc/core';
import { vi } from './vi.js';

// Vietnamese is registered at once; English (typed against vi in en.ts, so a missing key fails tsc)
// loads on first use, so a Vietnamese page never downloads it.
registerMessages('vi', vi);

let english: Promise<void> | undefined;
let englishReady = false;

/** Whether the English texts are registered. */
export const hasEnglish = (): boolean => englishReady;

/** Loads and registers the English texts (once). */
export function loadEnglish(): Promise<void> {
  english ??= import('./en.js').then(({ en }) => {
    registerMessages('en', en);
    englishReady = true;
  });
  return english;
}

export { vi };
export type { ServiceFormMessageKey, ServiceFormMessages } from './vi.js';
