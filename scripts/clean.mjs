// Empties every package's dist/ before a build, so no stale chunk is served or counted by the bench.
import { readdirSync, rmSync } from 'node:fs';

for (const name of readdirSync('packages')) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
