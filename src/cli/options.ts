/**
 * The command line's options: one table of every option and its kind, and the reading of the
 * arguments into a command, its arguments and the options given — with errors in the chosen language
 * and a did-you-mean for a misspelt option, never the argument parser's English.
 */
import { parseArgs } from 'node:util';
import type { Language, LocalizedText } from 'solleftea-international-policy';
import { CliError } from './io.js';
import { USAGE } from './words.js';

/** Every option, and whether it takes a value. */
export const OPTION_KINDS = {
  lang: 'string',
  format: 'string',
  json: 'boolean',
  rates: 'string',
  'as-of': 'string',
  period: 'string',
  'report-back-days': 'string',
  'council-account-days': 'string',
  out: 'string',
  force: 'boolean',
  date: 'string',
  policy: 'list',
  draft: 'string',
  from: 'string',
  'no-builtin-policy': 'boolean',
  color: 'boolean',
  'no-color': 'boolean',
  help: 'boolean',
  version: 'boolean',
} as const;

/** An option's name, without its dashes. */
export type OptionName = keyof typeof OPTION_KINDS;

/** The options given: a string option's value, `true` for a flag. */
export type Options = {
  readonly [K in OptionName]?: (typeof OPTION_KINDS)[K] extends 'string'
    ? string
    : (typeof OPTION_KINDS)[K] extends 'list'
      ? readonly string[]
      : true;
};

/** The arguments read: the words (command, action, files) and the options. */
export interface CommandLine {
  readonly words: readonly string[];
  readonly options: Options;
  /** The options as given, in order, with their dashes (`-h` or `--help`), for messages. */
  readonly given: readonly { readonly name: OptionName; readonly written: string }[];
}

const SHORT: Readonly<Record<string, OptionName>> = { h: 'help', v: 'version' };

/** A usage error: exit code 2, with a pointer to the help. */
export function usage(summary: LocalizedText, ...details: LocalizedText[]): CliError {
  return new CliError(summary, [...details, USAGE.seeHelp]);
}

/** The edit distance between two short words (for did-you-mean). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
}

/** The closest of `candidates` to `word`, when it is close enough to be a slip: at most 2 edits. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Reads the arguments: unknown options, missing values and repeated options are usage errors. */
export function readCommandLine(argv: readonly string[]): CommandLine {
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(OPTION_KINDS).map(([name, type]) => [
        name,
        type === 'list' ? { type: 'string', multiple: true } : { type },
      ]),
    ) as Record<OptionName, { type: 'string' | 'boolean'; multiple?: boolean }>,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const words: string[] = [];
  const options: Partial<Record<OptionName, string | string[] | true>> = {};
  const given: { name: OptionName; written: string }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      words.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const name = (
      token.rawName.startsWith('--') ? token.name : (SHORT[token.name] ?? token.name)
    ) as OptionName;
    if (
      !Object.hasOwn(OPTION_KINDS, name) ||
      (!token.rawName.startsWith('--') && !SHORT[token.name])
    ) {
      const known = Object.keys(OPTION_KINDS).map((option) => `--${option}`);
      const guess = closest(token.rawName, known);
      throw usage(USAGE.unknownOption(token.rawName), ...(guess ? [USAGE.didYouMean(guess)] : []));
    }
    const kind: string = OPTION_KINDS[name];
    if (options[name] !== undefined && kind !== 'list') throw usage(USAGE.twice(token.rawName));
    if (kind === 'string' || kind === 'list') {
      // `--as-of --lang en` lacks a value: the next option is not one (`-` alone is standard input).
      const swallowed = !token.inlineValue && token.value !== undefined && /^-./.test(token.value);
      if (token.value === undefined || swallowed) throw usage(USAGE.needsValue(token.rawName));
      // A list option may be given again: each time adds one value (`--policy A --policy B`).
      options[name] =
        kind === 'list'
          ? [...((options[name] as string[] | undefined) ?? []), token.value]
          : token.value;
    } else {
      if (token.inlineValue) throw usage(USAGE.noValue(token.rawName));
      options[name] = true;
    }
    given.push({ name, written: token.rawName });
  }
  return { words, options: options as Options, given };
}

/**
 * The language and colour flag the arguments ask for, read before anything else, so that a mistake
 * elsewhere in them is said in that language and colour. Anything unclear is left to
 * {@link readCommandLine}: Swedish, and no flag.
 */
export function earlyChoices(argv: readonly string[]): {
  readonly language: Language;
  readonly colour: boolean | undefined;
} {
  let language: Language = 'sv';
  let colour: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value =
      arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'sv' || value === 'en') language = value;
    if (arg === '--color') colour = true;
    if (arg === '--no-color') colour = false;
  }
  return { language, colour };
}

/** The language asked for (Swedish by default); anything else is a usage error, said in Swedish. */
export function languageOf(options: Options): Language {
  const lang = options.lang;
  if (lang === undefined || lang === 'sv' || lang === 'en') return lang ?? 'sv';
  throw usage(USAGE.language(lang));
}
