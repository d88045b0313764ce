/**
 * `policy show | export | validate | diff`: the versions of the policy, for maintainers — and the
 * round trip of a version: exported as a definition, edited, validated and compared.
 */
import {
  BUILT_IN_POLICIES,
  diffPolicies,
  type Language,
  type LocalizedText,
  type PolicyVersion,
  policyInForce,
  toPolicyDefinition,
} from 'solleftea-international-policy';
import {
  amountIn,
  type Command,
  dayOption,
  definitionFrom,
  emit,
  type Run,
  versionFrom,
} from '../command.js';
import { CliError, pathExists, readPackaged } from '../io.js';
import { toJson } from '../json.js';
import { usage } from '../options.js';
import { draftYaml, nextDraft, policyYaml } from '../policy-file.js';
import { shown } from '../terminal.js';
import { POLICY_FILE, REPORT, USAGE } from '../words.js';

/** A version: a built-in one by its id, or a definition file. */
async function policyFrom(reference: string | undefined, run: Run): Promise<PolicyVersion> {
  const builtIn = BUILT_IN_POLICIES.find((policy) => policy.id === reference);
  if (builtIn) return builtIn;
  const file = await definitionFrom(reference, run).catch((error: unknown) => {
    // A reference that is no file may have been meant as a built-in version: name them.
    if (!(error instanceof CliError) || reference === undefined || reference === '-') throw error;
    if (pathExists(reference)) throw error;
    const ids = BUILT_IN_POLICIES.map((policy) => policy.id).join(', ');
    throw new CliError(error.summary, [...error.details, USAGE.builtIn(ids)]);
  });
  return versionFrom(file);
}

function describePolicy(policy: PolicyVersion, language: Language): string {
  const say = (words: LocalizedText) => shown(words[language]);
  return [
    shown(policy.title),
    ...(policy.draft ? [`  ${say(REPORT.draft)}`] : []),
    `  ${say(REPORT.adopted(policy.adoption.date, policy.adoption.paragraph))}`,
    `  ${say(REPORT.inForce(policy.validity.from, policy.validity.to, policy.mandatePeriod))}`,
    `  ${say(REPORT.twinTowns(policy.twinTowns.map((town) => `${town.name} (${town.country})`).join(', ')))}`,
    ...(policy.reportBackThreshold
      ? [`  ${say(REPORT.threshold(amountIn(policy.reportBackThreshold)))}`]
      : []),
    `  ${say(REPORT.fingerprint(policy.fingerprint))}`,
    '',
    ...policy.rules.flatMap((rule) => [
      `  ${shown(rule.title[language])}: ${shown(rule.duty[language])}`,
      `    ${rule.clauseIds.map((id) => `§ ${id}`).join(', ')}`,
    ]),
  ].join('\n');
}

/** The versions `--date` asks for: the one in force that day, or every built-in one. */
function versionsOn(run: Run): readonly PolicyVersion[] {
  const date = dayOption(run.options, 'date');
  if (date === undefined) return BUILT_IN_POLICIES;
  const version = policyInForce(date);
  if (!version) throw new CliError(USAGE.noPolicyOn(date));
  return [version];
}

/** A version's definition as JSON: what `policy validate` reads back unchanged. */
function definitionJson(version: PolicyVersion): string {
  return `${JSON.stringify(toPolicyDefinition(version), null, 2)}\n`;
}

async function policyShow(run: Run): Promise<number> {
  const versions = versionsOn(run);
  if (run.format === 'json') {
    // One version as its definition, which `policy validate` reads back; several as a list of them.
    const definitions = versions.map((version) => toPolicyDefinition(version));
    await emit(
      run,
      `${JSON.stringify(definitions.length === 1 ? definitions[0] : definitions, null, 2)}\n`,
    );
  } else
    await emit(
      run,
      `${versions.map((v) => describePolicy(v, run.language)).join('\n\n')}\n`,
      false,
    );
  return 0;
}

async function policyExport(run: Run): Promise<number> {
  const reference = run.args[0];
  if (reference !== undefined && run.options.date !== undefined) throw usage(USAGE.exportOne);
  let version: PolicyVersion | undefined;
  if (reference !== undefined) version = await policyFrom(reference, run);
  else {
    const versions = versionsOn(run);
    // Without --date or an id, the version in force last: the newest built-in one.
    version = versions.at(-1);
  }
  const exported = version as PolicyVersion;
  if (!YAML_FILE.test(run.options.out ?? '')) {
    await emit(run, definitionJson(exported));
    return 0;
  }
  // As YAML, for a person to edit: with a comment at each field and the schema named.
  const file = { $schema: await policySchemaAddress(), ...toPolicyDefinition(exported) };
  const heading = POLICY_FILE.exported(exported.id, exported.fingerprint)[run.language];
  await emit(run, policyYaml(file, heading, run.language));
  return 0;
}

/** A file name that says YAML. */
const YAML_FILE = /\.ya?ml$/i;

/** The address of the policy file's JSON Schema, as the schema the package ships names itself. */
async function policySchemaAddress(): Promise<string> {
  const url = import.meta.resolve('solleftea-international-policy/schemas/policy.schema.json');
  return (JSON.parse(await readPackaged(new URL(url))) as { $id: string }).$id;
}

async function policyNew(run: Run): Promise<number> {
  const from = run.options.from;
  if (from === undefined) throw usage(USAGE.newFrom);
  const version = await policyFrom(from, run);
  const file = nextDraft(version, await policySchemaAddress());
  const json = /\.json$/i.test(run.options.out ?? '');
  await emit(
    run,
    json ? `${JSON.stringify(file, null, 2)}\n` : draftYaml(file, version.id, run.language),
  );
  return 0;
}

async function policyValidate(run: Run): Promise<number> {
  const version = await policyFrom(run.args[0], run);
  if (run.format === 'json')
    await emit(
      run,
      `${JSON.stringify({ valid: true, id: version.id, fingerprint: version.fingerprint, ...(version.draft && { draft: true }) })}\n`,
    );
  else {
    const valid = REPORT.valid(version.id, version.fingerprint)[run.language];
    const mark = version.draft ? ` (${REPORT.draft[run.language]})` : '';
    await emit(run, `${shown(valid + mark)}\n`, false);
  }
  return 0;
}

async function policyDiff(run: Run): Promise<number> {
  if (run.args.length !== 2) throw usage(USAGE.diffTakesTwo);
  if (run.args[0] === '-' && run.args[1] === '-') throw usage(USAGE.stdinTwice);
  const before = await policyFrom(run.args[0], run);
  const after = await policyFrom(run.args[1], run);
  const diff = diffPolicies(before, after);
  if (run.format === 'json') await emit(run, `${toJson(diff)}\n`);
  else
    await emit(
      run,
      `${shown(diff.from)} → ${shown(diff.to)}\n${diff.summary[run.language]
        .split('\n')
        .map((line) => `  ${shown(line)}`)
        .join('\n')}\n`,
      false,
    );
  return 0;
}

export const POLICY_COMMANDS: readonly Command[] = [
  {
    name: 'policy new',
    synopsis: { sv: 'policy new --from ID --out FIL', en: 'policy new --from ID --out FILE' },
    summary: {
      sv: 'skriv ett utkast till nästa version, att ändra',
      en: 'write a draft of the next version, to edit',
    },
    description: {
      sv: 'Skriver ett utkast till versionen efter ID (en inbyggd version eller en fil): märkt som utkast\n(draft: true, ej antaget), i kraft från dagen efter att ID upphör, i YAML med en kommentar vid\nvarje fält och med $schema, så att en editor kontrollerar filen medan den skrivs (JSON när FIL\nslutar på .json). Utan --out skrivs YAML till standard ut.',
      en: 'Writes a draft of the version after ID (a built-in version or a file): marked as a draft\n(draft: true, not adopted), in force from the day after ID ends, in YAML with a comment at each\nfield and with $schema, so that an editor checks the file as it is typed (JSON when FILE ends in\n.json). Without --out, the YAML goes to standard output.',
    },
    example: 'solleftea-policy policy new --from solleftea-2019-2022 --out next-policy.yaml',
    args: { max: 0 },
    options: ['from', 'out', 'force'],
    formats: [],
    run: policyNew,
  },
  {
    name: 'policy show',
    synopsis: { sv: 'policy show [--date DATUM]', en: 'policy show [--date DATE]' },
    summary: { sv: 'policyns version som gällde', en: 'the policy version in force' },
    description: {
      sv: 'Versionen som gällde DATUM (utan --date listas de inbyggda versionerna). --format json skriver\nversionens definition, som policy validate läser tillbaka.',
      en: "The version in force on DATE (without --date, the built-in versions are listed). --format json\nwrites the version's definition, which policy validate reads back.",
    },
    example: 'solleftea-policy policy show --date 2020-03-01',
    args: { max: 0 },
    options: ['format', 'json', 'date'],
    formats: ['text', 'json'],
    run: policyShow,
  },
  {
    name: 'policy export',
    synopsis: {
      sv: 'policy export [ID | --date DATUM] --out FIL',
      en: 'policy export [ID | --date DATE] --out FILE',
    },
    summary: {
      sv: 'skriv en versions definition, att ändra och validera',
      en: "write a version's definition, to edit and validate",
    },
    description: {
      sv: 'Skriver definitionen av den inbyggda versionen ID, av versionen som gällde DATUM, eller av den\nsenaste: som JSON, eller som YAML med kommentarer när FIL slutar på .yaml. policy validate läser\nden oförändrad, och policy diff jämför den med en annan.',
      en: 'Writes the definition of the built-in version ID, of the version in force on DATE, or of the\nlatest: as JSON, or as YAML with comments when FILE ends in .yaml. policy validate reads it\nunchanged, and policy diff compares it with another.',
    },
    example: 'solleftea-policy policy export --date 2020-03-01 --out next-policy.json',
    args: { max: 1 },
    options: ['date', 'out', 'force'],
    formats: [],
    run: policyExport,
  },
  {
    name: 'policy validate',
    synopsis: { sv: 'policy validate FIL', en: 'policy validate FILE' },
    summary: { sv: 'kontrollera en definition av policyn', en: 'check a policy definition' },
    description: {
      sv: 'Kontrollerar en definition och skriver dess fingeravtryck.',
      en: 'Checks a definition and prints its fingerprint.',
    },
    example: 'solleftea-policy policy validate next-policy.json',
    args: { max: 1 },
    options: ['format', 'json'],
    formats: ['text', 'json'],
    run: policyValidate,
  },
  {
    name: 'policy diff',
    synopsis: { sv: 'policy diff A B', en: 'policy diff A B' },
    summary: {
      sv: 'vad som ändrats mellan två versioner (filer eller inbyggda id)',
      en: 'what changed between two versions (files or built-in ids)',
    },
    description: {
      sv: 'A och B är definitionsfiler eller inbyggda versioners id.',
      en: 'A and B are definition files or built-in ids.',
    },
    example: 'solleftea-policy policy diff solleftea-2019-2022 next-policy.json',
    args: { max: 2 },
    options: ['format', 'json'],
    formats: ['text', 'json'],
    run: policyDiff,
  },
];
