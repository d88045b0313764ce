/**
 * `policy new --from ID --out FILE`: the starting file of the next version, a draft a person edits —
 * YAML with a comment at each field and the schema named for the editor, or JSON for a `.json` file.
 * It validates as it is written, every answer judged under it is marked as a draft, and the diff
 * against the version it comes from names what moved on.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../../../src/index.js';
import { inProcess } from '../../support/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'solleftea-new-'));
const FROM = 'solleftea-2019-2022';

describe('policy new', () => {
  it('writes a YAML draft of the next version: commented, with its schema, valid, marked as a draft', async () => {
    const out = join(directory, 'next.yaml');
    const written = await inProcess([
      'policy',
      'new',
      '--from',
      FROM,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(written).toMatchObject({ status: 0, stdout: '', stderr: `Wrote ${out}.\n` });
    const text = readFileSync(out, 'utf8');
    const schema = text.match(/^# yaml-language-server: \$schema=(\S+)\n/)?.[1];
    expect(schema).toMatch(
      /^https:\/\/unpkg\.com\/solleftea-international-policy@[^/]+\/dist\/schemas\/policy\.schema\.json$/,
    );
    expect(text).toContain('# DRAFT – not adopted. A draft of the next version of the policy');
    expect(text).toContain(
      "# The version's id: unique and stable, used by --policy and in the answers.\nid: solleftea-2023-2026\n",
    );
    expect(text).toContain(
      "# The rule's stable id, which answers and scenarios use.\n    code: planning\n",
    );
    const definition = parse(text, { schema: 'core' });
    expect(definition).toMatchObject({
      $schema: schema,
      draft: true,
      id: 'solleftea-2023-2026',
      title: 'Policy för internationella kontakter 2023-2026',
      adoption: { body: 'council', date: '2022-12-31', paragraph: '§ ?' },
      validity: { from: '2023-01-01', to: '2026-12-31', supersedes: FROM },
      mandatePeriod: '2023–2026',
    });
    expect(parsePolicy(definition).success).toBe(true);
    const valid = await inProcess(['policy', 'validate', out, '--lang', 'en']);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^solleftea-2023-2026 is valid\. .* \(DRAFT – not adopted\)\n$/);
    const json = await inProcess(['policy', 'validate', out, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: true, draft: true });
  });

  it('writes Swedish comments in Swedish, and to standard output without --out', async () => {
    const written = await inProcess(['policy', 'new', '--from', FROM]);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(
      '# UTKAST – ej antagen. Ett utkast till nästa version av policyn',
    );
    expect(written.stdout).toContain('# Regelns stabila id, som svaren och scenarierna använder.');
  });

  it('writes JSON without comments for a .json file, which validates the same', async () => {
    const out = join(directory, 'next.json');
    expect((await inProcess(['policy', 'new', '--from', FROM, '--out', out])).status).toBe(0);
    const definition = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(definition).slice(0, 3)).toEqual(['$schema', 'draft', 'id']);
    const yaml = join(directory, 'same.yaml');
    await inProcess(['policy', 'new', '--from', FROM, '--out', yaml]);
    const both = await Promise.all(
      [out, yaml].map(async (file) =>
        JSON.parse((await inProcess(['policy', 'validate', file, '--json'])).stdout),
      ),
    );
    expect(both[0]).toEqual(both[1]);
  });

  it('starts from a file too: the draft of a draft moves on another term', async () => {
    const first = join(directory, 'first.yaml');
    await inProcess(['policy', 'new', '--from', FROM, '--out', first]);
    const second = await inProcess(['policy', 'new', '--from', first]);
    const definition = parse(second.stdout, { schema: 'core' });
    expect(definition).toMatchObject({
      id: 'solleftea-2027-2030',
      validity: { from: '2027-01-01', to: '2030-12-31', supersedes: 'solleftea-2023-2026' },
      mandatePeriod: '2027–2030',
    });
  });

  it('names the years in an id that had none', async () => {
    const plain = join(directory, 'plain.json');
    const exported = await inProcess(['policy', 'export', FROM]);
    writeFileSync(plain, JSON.stringify({ ...JSON.parse(exported.stdout), id: 'solleftea' }));
    const written = await inProcess(['policy', 'new', '--from', plain]);
    expect(parse(written.stdout, { schema: 'core' }).id).toBe('solleftea-2023-2026');
  });

  it('diffs against the version it came from: the years, the adoption planned and the mark', async () => {
    const out = join(directory, 'diff.yaml');
    await inProcess(['policy', 'new', '--from', FROM, '--out', out]);
    const diff = await inProcess(['policy', 'diff', FROM, out, '--json']);
    const fields = JSON.parse(diff.stdout).changes.map((change: { field: string }) => change.field);
    expect(fields).toEqual([
      'id',
      'title',
      'shortTitle',
      'adoption',
      'validity',
      'mandatePeriod',
      'draft',
    ]);
  });

  it('refuses without --from, and names the built-in versions for an id that is neither', async () => {
    const missing = await inProcess(['policy', 'new', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      'policy new: give the version the draft starts from with --from ID',
    );
    const unknown = await inProcess(['policy', 'new', '--from', 'solleftea-2099', '--lang', 'en']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(FROM);
  });
});

describe('policy validate: every problem of a file a person edits, each at its line and column', () => {
  const broken = (text: string) =>
    text
      .replace(/^mandatePeriod: .*$/m, 'mandatePeriod: 5')
      .replace('      - intro.planning\n', '      - nowhere\n')
      .replace(/(reportBackThreshold:\n {2}amount: "?10000\.00"?\n {2}currency: )SEK/, '$1EUR');

  it('in YAML: a field written wrongly, a threshold in euro and a citation to nothing, in the order of the file', async () => {
    const file = join(directory, 'broken.yaml');
    const text = (await inProcess(['policy', 'new', '--from', FROM])).stdout;
    writeFileSync(file, broken(text));
    const lines = broken(text).split('\n');
    const line = (start: string) => lines.findIndex((each) => each.startsWith(start)) + 1;
    const result = await inProcess(['policy', 'validate', file, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}: 3 problems in the document.`);
    const reported = result.stderr.split('\n').filter((each) => each.startsWith(`  ${file}:`));
    expect(reported).toEqual([
      `  ${file}:${line('mandatePeriod')}:16: mandatePeriod: must be text, but is a number.`,
      `  ${file}:${line('      - nowhere')}:9: rules[0].clauseIds[0]: the clause "nowhere" is not in the policy.`,
      `  ${file}:${line('  currency: EUR')}:13: reportBackThreshold.currency: the report-back threshold must be in SEK, not "EUR".`,
    ]);
  });

  it('in JSON the same, and a field left out points at the object that lacks it', async () => {
    const file = join(directory, 'broken.json');
    const { adoption: _, ...definition } = JSON.parse(
      (await inProcess(['policy', 'export', FROM])).stdout,
    );
    const text = JSON.stringify({ ...definition, mandatePeriod: 5 }, null, 2);
    writeFileSync(file, text);
    const result = await inProcess(['policy', 'validate', file, '--lang', 'en']);
    expect(result.status).toBe(2);
    const lines = text.split('\n');
    const at = lines.findIndex((each) => each.includes('"mandatePeriod"')) + 1;
    expect(result.stderr).toContain(`  ${file}:1:1: adoption: `);
    expect(result.stderr).toContain(`  ${file}:${at}:20: mandatePeriod: must be text`);
  });

  it('locates the problems of a draft given to compare and of --policy too', async () => {
    const file = join(directory, 'broken-draft.yaml');
    writeFileSync(file, broken((await inProcess(['policy', 'new', '--from', FROM])).stdout));
    const register = new URL('../../../examples/sample-register.json', import.meta.url).pathname;
    const compared = await inProcess(['compare', register, '--draft', file, '--lang', 'en']);
    expect(compared.status).toBe(2);
    expect(compared.stderr).toMatch(new RegExp(`${file}:\\d+:16: mandatePeriod`));
    const checked = await inProcess(['audit', register, '--policy', file, '--lang', 'en']);
    expect(checked.status).toBe(2);
    expect(checked.stderr).toMatch(new RegExp(`${file}:\\d+:9: rules\\[0\\]`));
  });
});

describe('policy export to a YAML file', () => {
  it('writes the definition unchanged, with comments and the schema, and it validates to the same fingerprint', async () => {
    const out = join(directory, 'current.yaml');
    const written = await inProcess(['policy', 'export', FROM, '--out', out, '--lang', 'en']);
    expect(written.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\//);
    expect(text).toContain(`# The definition of ${FROM}, exported unchanged (fingerprint sha256:`);
    expect(text).toContain(
      '# The title as published.\ntitle: Policy för internationella kontakter 2019-2022\n',
    );
    const validated = await inProcess(['policy', 'validate', out, '--json']);
    const json = await inProcess(['policy', 'validate', FROM, '--json']);
    expect(JSON.parse(validated.stdout)).toEqual(JSON.parse(json.stdout));
    const diff = await inProcess(['policy', 'diff', FROM, out, '--json']);
    expect(JSON.parse(diff.stdout).changes).toEqual([]);
  });
});
