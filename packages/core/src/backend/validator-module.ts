// Imports a form's precompiled validator module from the backend (strict-CSP mode). `import()`, so a
// strict CSP needs the server's origin in `script-src` (same-origin is `'self'`); the browser caches the
// module per URL for the page's life. Loaded by RestBackend with the first call.
import type { FormValidators } from './backend.js';
import { BackendError } from './errors.js';
import { abortedError } from './http.js';

/**
 * The module's `validate`. `diagnose` runs when `import()` fails, which never says why: it fetches the
 * address once and throws the real status (a 404, a 503…).
 */
export async function importValidators(
  url: string, label: string, signal: AbortSignal | undefined, diagnose: (error: unknown) => Promise<never>,
): Promise<FormValidators> {
  if (signal?.aborted) throw abortedError(label, signal.reason);
  let module: { validate?: unknown };
  try {
    module = await new Promise((resolve, reject) => {
      const onAbort = () => reject(abortedError(label, signal?.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
      import(/* @vite-ignore */ url).then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
    });
  } catch (error) {
    if (error instanceof BackendError) throw error;
    return diagnose(error);
  }
  if (typeof module.validate !== 'function') {
    throw new BackendError(`${label}: the module exports no validate function`, { kind: 'invalid-response' });
  }
  return { validate: module.validate as FormValidators['validate'] };
}
