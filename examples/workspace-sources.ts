// Monorepo plumbing for the React and Vue examples' Vite builds (an app outside this repository does
// not need it: its `@dvc/*` come from npm, already built). Our own packages resolve to their
// TypeScript sources through their `development` export, like rollup.config.js does; every npm
// dependency keeps its production build (putting `development` in Vite's `resolve.conditions` would
// also pick Lit's larger development build, which warns in the console).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

interface PackageJson {
  exports: Record<string, string | { development?: string }>;
}

export function workspaceSources(): Plugin {
  return {
    name: 'dvc-workspace-sources',
    enforce: 'pre',
    resolveId(source) {
      const match = /^@dvc\/([^/]+)(\/.*)?$/.exec(source);
      if (!match) return null;
      const { exports } = JSON.parse(readFileSync(`${packagesDir}${match[1]}/package.json`, 'utf8')) as PackageJson;
      const entry = exports[`.${match[2] ?? ''}`];
      const development = typeof entry === 'object' ? entry.development : undefined;
      return development ? `${packagesDir}${match[1]}/${development.replace(/^\.\//, '')}` : null;
    },
  };
}
