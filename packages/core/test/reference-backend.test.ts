import { expect } from '@open-wc/testing';
import { RecordingBackend, referenceBackend } from '@dvc/core/testing.js';

describe('component tests reach the real reference server', () => {
  it('searches the seeded catalogue through the public adapter', async () => {
    const recorder = new RecordingBackend(referenceBackend());
    const result = await recorder.backend.searchProcedures({ q: 'dang ky khai sinh', pageSize: 5 });
    expect(result.items[0].code).to.equal('1.001193');
    expect(recorder.calls('searchProcedures')).to.have.length(1);
  });
});
