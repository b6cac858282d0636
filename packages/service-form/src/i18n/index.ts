import { registerCatalogues } from '@dvc/core';
import { en } from './en.js';
import { vi } from './vi.js';

registerCatalogues({ vi, en });

export { en, vi };
export type { ServiceFormMessageKey, ServiceFormMessages } from './vi.js';
