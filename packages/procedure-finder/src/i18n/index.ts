import { registerCatalogues } from '@dvc/core';
import { vi } from './vi.js';

export type FinderMessageKey = keyof typeof vi;

/**
 * Registers the finder's texts once, whichever of its elements loads first. English loads on first
 * use (en.ts is typed against vi, so a missing key fails tsc): a Vietnamese page never downloads it.
 */
export function registerFinderMessages(): void {
  registerCatalogues({ vi, en: () => import('./en.js').then((m) => m.en) });
}
export { vi };
