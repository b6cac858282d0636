import { createContext } from '@lit/context';
import type { DvcConfig } from './config.js';

/**
 * The context `<dvc-config>` provides to the components inside it. The key is a registered symbol
 * (`Symbol.for`), not a unique one, so that a component from one bundle finds a `<dvc-config>` from
 * another bundle of the core on the same page.
 */
export const dvcConfigContext = createContext<DvcConfig>(Symbol.for('dvc-config'));
export type DvcConfigContext = typeof dvcConfigContext;
