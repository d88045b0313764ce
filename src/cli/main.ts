/**
 * `solleftea-policy`: the library's answers in a terminal, for clerks and maintainers. A thin layer
 * over the public API. Its commands are one table (`COMMANDS`), a module each under `commands/`:
 * each names its arguments, the options it takes, its output formats, its help in both languages
 * and the function that runs it. This module reads the command line and runs the command.
 */
import { type Language, type LocalizedText, PolicyError } from 'solleftea-international-policy';
import { abandonOutput, type Command, type Io } from './command.js';
import { ACCOUNT } from './commands/account.js';
import { AUDIT } from './commands/audit.js';
import { CALENDAR_COMMAND } from './commands/calendar.js';
import { CHECK } from './commands/check.js';
import { COMPARE_COMMAND } from './commands/compare.js';
import { POLICY_COMMANDS } from './commands/policy.js';
import { SCHEMA } from './commands/schema.js';
import { TEST } from './commands/test.js';
import { CliError } from './io.js';
import {
  closest,
  earlyChoices,
  languageOf,
  type OptionName,
  readCommandLine,
  usage,
} from './options.js';
import { Progress, painter, shown, useColour } from './terminal.js';
import { HELP_END, HELP_WORDS, OPTION_HELP, USAGE } from './words.js';

export type { Io } from './command.js';

/** What every command takes. */
const EVERY: readonly OptionName[] = ['lang', 'help', 'color', 'no-color'];

/** Every command: the one place a command, its arguments, options, formats and help are listed. */
const COMMANDS: readonly Command[] = [
  CHECK,
  AUDIT,
  ACCOUNT,
  ...POLICY_COMMANDS,
  TEST,
  COMPARE_COMMAND,
  CALENDAR_COMMAND,
  SCHEMA,
];

/** The options a command takes, with their help lines. */
function optionsOf(command: Command): readonly OptionName[] {
  return [...command.options, ...EVERY];
}

function optionLines(names: readonly OptionName[], formats: readonly string[], language: Language) {
  return names
    .filter((name) => name !== 'no-color')
    .map(
      (name) =>
        `  ${(OPTION_HELP[name] as LocalizedText)[language].replace('{formats}', formats.join(', '))}`,
    );
}

/** The help of the command line, or of one command, in the language chosen. */
function help(command: Command | undefined, language: Language): string {
  const say = (words: LocalizedText) => words[language];
  if (!command) {
    const width = Math.max(...COMMANDS.map((c) => say(c.synopsis).length)) + 2;
    return [
      `${say(HELP_WORDS.usage)}: ${say(HELP_WORDS.synopsis)}`,
      '',
      `${say(HELP_WORDS.commands)}:`,
      ...COMMANDS.map((c) => `  ${say(c.synopsis).padEnd(width)}${say(c.summary)}`),
      '',
      `${say(HELP_WORDS.options)}:`,
      ...optionLines(['lang', 'color', 'help', 'version'], [], language),
      '',
      say(HELP_WORDS.more),
      '',
      `${say(HELP_WORDS.example)}:`,
      '  solleftea-policy audit register.json --as-of 2023-03-31 --lang en',
      '',
      say(HELP_END),
    ].join('\n');
  }
  return [
    `${say(HELP_WORDS.usage)}: solleftea-policy ${say(command.synopsis)} ${say(HELP_WORDS.withOptions)}`,
    '',
    say(command.description),
    '',
    `${say(HELP_WORDS.options)}:`,
    ...optionLines(optionsOf(command), command.formats, language),
    '',
    `${say(HELP_WORDS.example)}:`,
    `  ${command.example}`,
    '',
    say(HELP_END),
  ].join('\n');
}

/** The command the words name (`policy show` takes two), and the arguments after it. */
function commandOf(words: readonly string[]): { command?: Command; args: readonly string[] } {
  const [first, second] = words;
  if (first === undefined) return { args: [] };
  if (first === 'policy') {
    const command = COMMANDS.find((c) => c.name === `policy ${second}`);
    if (!command) throw usage(USAGE.policyAction(shown(second ?? '—')));
    return { command, args: words.slice(2) };
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const guess = closest(
      first,
      COMMANDS.map((c) => c.name.split(' ')[0] as string),
    );
    throw usage(USAGE.unknownCommand(shown(first)), ...(guess ? [USAGE.didYouMean(guess)] : []));
  }
  return { command, args: words.slice(1) };
}

/**
 * Runs the CLI with its arguments (without `node` and the script) and returns the exit code: 0 clean,
 * 1 violations found, 2 bad usage or bad input, 74 output that could not be written. Never throws
 * for bad input: it explains on stderr, in the language chosen.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const early = earlyChoices(argv);
  let language: Language = early.language;
  let stderrColour = useColour({ flag: early.colour, env: io.env, terminal: io.terminal.stderr });
  let progress: Progress | undefined;
  try {
    const line = readCommandLine(argv);
    language = languageOf(line.options);
    const { options } = line;
    if (options.color && options['no-color']) throw usage(USAGE.colorBoth);
    const flag = options.color ? true : options['no-color'] ? false : undefined;
    stderrColour = useColour({ flag, env: io.env, terminal: io.terminal.stderr });
    if (options.version) {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    const words = line.words[0] === 'help' ? line.words.slice(1) : line.words;
    if (line.words[0] === 'help' || options.help) {
      // `policy --help` shows the help of each policy action.
      const shownHelp =
        words.length === 1 && words[0] === 'policy'
          ? COMMANDS.filter((c) => c.name.startsWith('policy '))
              .map((c) => help(c, language))
              .join('\n\n')
          : help(words.length > 0 ? commandOf(words).command : undefined, language);
      io.stdout(`${shownHelp}\n`);
      return 0;
    }
    const { command, args } = commandOf(words);
    if (!command) {
      io.stderr(`${help(undefined, language)}\n`);
      return 2;
    }
    const takes = optionsOf(command);
    for (const { name, written } of line.given) {
      if (name === 'version' || takes.includes(name)) continue;
      const taken = takes.filter((option) => option !== 'no-color').map((option) => `--${option}`);
      const guess = closest(written, taken);
      throw usage(
        USAGE.notTaken(command.name, written),
        ...(guess ? [USAGE.didYouMean(guess)] : []),
        USAGE.takes(taken.join(', ')),
      );
    }
    if (args.length > command.args.max)
      throw usage(USAGE.unexpected(command.name, shown(args[command.args.max] as string)));
    if (options.json && options.format !== undefined) throw usage(USAGE.jsonAndFormat);
    const format = options.json ? 'json' : (options.format ?? command.formats[0] ?? '');
    if (command.formats.length > 0 && !command.formats.includes(format))
      throw usage(USAGE.format(command.name, shown(format), command.formats.join(', ')));
    const paint = painter(useColour({ flag, env: io.env, terminal: io.terminal.stdout }));
    progress = new Progress(io.stderr, io.terminal.stderr, language);
    return await command.run({ args, options, language, format, io, paint, progress });
  } catch (error) {
    progress?.done();
    // A file being written is left out: never half a file.
    await abandonOutput();
    const failure =
      error instanceof CliError
        ? error
        : error instanceof PolicyError
          ? new CliError({ sv: shown(error.messages.sv), en: shown(error.messages.en) })
          : new CliError(USAGE.unexpectedError(shown(String(error))), [], 70);
    const { red } = painter(stderrColour);
    const lines = [
      red(failure.summary[language]),
      ...failure.details.map((d: LocalizedText) => `  ${d[language]}`),
    ];
    io.stderr(`${lines.join('\n')}\n`);
    return failure.exitCode;
  }
}
