/**
 * `npm run release`: everything short of publishing. Refuses while changesets are pending (run
 * `npm run release:version` first), while the working tree has uncommitted changes, or when
 * CHANGELOG.md has no section for the version in package.json; then runs every check (`npm test`)
 * and `npm publish --dry-run --provenance`, which packs the package as it would be published (the
 * `prepack` script builds it) and lists the tarball. Publishing itself is a maintainer's step; see
 * "Releasing" in the README.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const fail = (message: string): never => {
  console.error(`✘ ${message}`);
  process.exit(1);
};

const pending = readdirSync('.changeset').filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
if (pending.length > 0)
  fail(
    `changesets are pending (${pending.join(', ')}); run npm run release:version, review and commit.`,
  );

const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
if (dirty !== '') fail(`the working tree has uncommitted changes:\n${dirty}`);

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!new RegExp(`^## ${version.replaceAll('.', '\\.')}$`, 'm').test(changelog))
  fail(`CHANGELOG.md has no section "## ${version}".`);
console.log(`✔ version ${version}: no pending changesets, a committed tree, a changelog section`);

for (const [command, args] of [
  ['npm', ['test']],
  ['npm', ['publish', '--dry-run', '--provenance']],
] as const) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed`);
}
console.log(
  `\n✔ ${version} is ready. Publish with: git tag v${version} && npm publish --access public (add --provenance when publishing from a CI with OIDC, once package.json names the repository).`,
);
