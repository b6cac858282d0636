// Storybook has no server: the portal's stories answer from the other packages' in-memory story
// backends (the seeded catalogue, the seeded form definitions, a receipt), tried in order.
import { BackendError } from '@dvc/core';
import type { DvcBackend, FormDefinition } from '@dvc/core';
import { demoBackend as catalogueBackend } from '../../procedure-finder/stories/demo-backend.js';
import { demoBackend as formBackend } from '../../service-form/examples.js';
import { formDefinitions } from '../../server/src/seed/forms/index.js';

export function storyBackend(mode: 'ok' | 'loading' | 'error' = 'ok'): DvcBackend {
  const catalogue = catalogueBackend(mode);
  const forms: Partial<DvcBackend> = {
    getFormDefinition: async (code: string) => {
      const found = formDefinitions.find((f) => f.procedureCode === code);
      if (!found) throw new BackendError('story: no form', { kind: 'http', status: 404 });
      return found as FormDefinition;
    },
  };
  const rest = formBackend();
  return new Proxy(rest, {
    get: (target, key) => (key in forms ? forms : key in catalogue ? catalogue : target)[key as keyof DvcBackend],
  });
}
