import { registerCatalogues } from '@dvc/core';
import { en } from './en.js';
import { vi } from './vi.js';

export type FinderMessageKey = keyof typeof vi;

/** Registers the finder's texts once, whichever of its elements loads first. */
export function registerFinderMessages(): void {
  registerCatalogues({ vi, en });
}
export { vi, en };
