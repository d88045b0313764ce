/**
 * Recomputes the built-in version's fingerprint after its data changed and writes it where it is
 * pinned (the version itself, its test, the command-line guide). Prints old → new for the changelog.
 *
 * Run: `npx tsx scripts/update-fingerprint.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { POLICY_2019_2022, parsePolicy, toPolicyDefinition } from '../src/index.js';

const old = POLICY_2019_2022.fingerprint;
const parsed = parsePolicy(JSON.parse(JSON.stringify(toPolicyDefinition(POLICY_2019_2022))));
if (!parsed.success) {
  console.error(parsed.issues.map((issue) => issue.messages.en).join('\n'));
  process.exit(1);
}
const next = parsed.data.fingerprint;
const pinned = [
  'src/policy/solleftea-2019-2022.ts',
  'test/policy/define-policy.test.ts',
  'docs/using-the-command-line.md',
];
for (const file of pinned) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.split(old).join(next));
}
console.log(old === next ? `unchanged: ${old}` : `${old} → ${next}`);
