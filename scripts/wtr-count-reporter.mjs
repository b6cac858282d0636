// Writes the browser suite's pass/fail counts for scripts/test.mjs to sum.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, acc) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) acc.skipped++;
    else if (test.passed) acc.passed++;
    else acc.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, acc);
  return acc;
}

export function countReporter({ file = '.test-results/components.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, acc);
        // A file that fails to load has no test results but must fail the run.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) acc.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}
