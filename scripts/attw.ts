/**
 * `npm run test:package`, second half: Are the Types Wrong? on the tarball packed from a clean tree
 * (the one `npm run size` and `npm run test:pack` read too), under the ESM-only profile.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { packFromCleanTree } from './pack.js';

const packed = packFromCleanTree('solleftea-attw-');
try {
  const result = spawnSync('npx', ['attw', packed.tarball, '--profile', 'esm-only'], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(packed.work, { recursive: true, force: true });
}
