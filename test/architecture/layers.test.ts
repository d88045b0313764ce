import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const configuration = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
};

/** A tree of modules shaped like `src/`, written to a temporary directory. */
const tree = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));
const modules: Record<string, string> = {
  'src/errors.ts': 'export const E = 1;\n',
  'src/calendar/day.ts': "import { E } from '../errors.js';\nexport const day = E;\n",
  // Upward: the calendar reaches into the policy.
  'src/calendar/up.ts': "import { rule } from '../policy/rule.js';\nexport const up = rule;\n",
  'src/policy/rule.ts': "import { day } from '../calendar/day.js';\nexport const rule = day;\n",
  // Upward, and only for a type: types count too.
  'src/money/total.ts':
    "import type { Trip } from '../activities/trip.js';\nexport const total = (trip: Trip) => trip;\n",
  'src/activities/trip.ts':
    "import { rule } from '../policy/rule.js';\nexport type Trip = typeof rule;\n",
  // A cycle within one layer.
  'src/agreements/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/agreements/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
  // The command line reaching past the public API, and the library reaching into the command line.
  'src/cli/main.ts':
    "import { rule } from '../policy/rule.js';\nimport { api } from '../index.js';\nexport const main = [rule, api];\n",
  'src/index.ts': "export { rule as api } from './policy/rule.js';\n",
  'src/audit/run.ts': "import { main } from '../cli/main.js';\nexport const run = main;\n",
};
for (const [path, text] of Object.entries(modules)) {
  mkdirSync(dirname(join(tree, path)), { recursive: true });
  writeFileSync(join(tree, path), text);
}

async function violations(): Promise<string[]> {
  const { output } = await cruise(['src'], {
    baseDir: tree,
    validate: true,
    ruleSet: { forbidden: configuration.forbidden },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  const result = output as ICruiseResult;
  return (result.summary.violations ?? [])
    .map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)
    .sort();
}

describe('the layer rule (.dependency-cruiser.cjs) that npm test checks', () => {
  it('refuses an import from a higher layer (a type-only one too), a cycle (reported once), and the command line past the public API', async () => {
    expect(await violations()).toEqual([
      'cli-on-the-public-api: src/cli/main.ts → src/policy/rule.ts',
      'layer-calendar: src/calendar/up.ts → src/policy/rule.ts',
      'layer-money: src/money/total.ts → src/activities/trip.ts',
      'no-circular: src/agreements/a.ts → src/agreements/b.ts',
      'nothing-imports-the-cli: src/audit/run.ts → src/cli/main.ts',
    ]);
  });
});
