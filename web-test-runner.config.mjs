// Component tests in real Chromium (Debian's /usr/bin/chromium; no browser download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { referenceServer } from './scripts/wtr-reference-server.mjs';

const backend = referenceServer();

export default {
  // *.node.test.ts run under Node (npm run test:unit), not in the browser.
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'dvc-source', 'development'], browser: true },
  middleware: [backend.middleware],
  plugins: [backend.plugin,
    // CommonJS dependencies (jsbarcode) are converted on the fly, as rollup does for the bundles.
    fromRollup(rollupCommonjs)({ include: ['**/node_modules/jsbarcode/**'] }),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'auto-always' })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
