/**
 * What reaches a terminal: colour decided for each stream by the no-color convention, and text from
 * a document shown as text — never as escape sequences or line breaks that could paint a line the
 * command line did not write.
 */

import type { Language } from 'solleftea-international-policy';
import { PROGRESS } from './words.js';

/** Whether to colour one stream. */
export interface ColourChoice {
  /** `--color` (true), `--no-color` (false), or neither. */
  readonly flag: boolean | undefined;
  /** The environment's `NO_COLOR` and `FORCE_COLOR`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the stream is a terminal. */
  readonly terminal: boolean;
}

/**
 * Colour for a stream: the flag when given; else none when `NO_COLOR` is set and not empty
 * (no-color.org); else as `FORCE_COLOR` says (`0` or `false` off, anything else on); else only on a
 * terminal.
 */
export function useColour({ flag, env, terminal }: ColourChoice): boolean {
  if (flag !== undefined) return flag;
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return terminal;
}

/** The colours a stream is written in. */
export interface Painter {
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

/** The painter of one stream: ANSI colours when it is coloured, the text as it is otherwise. */
export function painter(colour: boolean): Painter {
  const wrap = (code: number) => (text: string) =>
    colour ? `\u001b[${code}m${text}\u001b[0m` : text;
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to show as text
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters to show as text
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A whole output (CSV, Markdown) as a terminal shows it: as {@link shown}, but line breaks and tabs kept. */
export function shownKeepingLines(text: string): string {
  return text.replace(
    CONTROL_BUT_LINES,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text from a document (an id, a title, a place, a message quoting one) as the terminal shows it:
 * each control character — escape sequences, line breaks, carriage returns — written as `\uXXXX`,
 * so that a crafted register cannot paint a fake line or hide one.
 */
export function shown(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How often the progress line is redrawn, in milliseconds. */
const EVERY_MS = 250;

/**
 * Progress on stderr while a register is read and judged — bytes of records read, then activities
 * judged, their rate and the time elapsed — redrawn in place on one line, and only when stderr is a
 * terminal (a log file gets nothing).
 */
export class Progress {
  readonly #started: number;
  #drawn = -Infinity;
  #shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly language: Language,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#started = now();
  }

  #draw(text: () => string): void {
    if (!this.enabled) return;
    const at = this.now();
    if (at - this.#drawn < EVERY_MS) return;
    this.#drawn = at;
    this.#shown = true;
    this.write(`\r\u001b[K${text()}`);
  }

  /** Bytes of the register read so far (its records). */
  reading(bytes: number): void {
    this.#draw(() => PROGRESS.reading((bytes / (1024 * 1024)).toFixed(0))[this.language]);
  }

  /** Activities judged so far. */
  judged(count: number): void {
    this.#draw(() => {
      const seconds = (this.now() - this.#started) / 1000;
      const rate = Math.round(count / Math.max(seconds, 0.001));
      return PROGRESS.judged(count, rate, seconds.toFixed(1))[this.language];
    });
  }

  /** Removes the line, so that what is written next starts on a clean one. */
  clear(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.#drawn = -Infinity;
    this.write('\r\u001b[K');
  }

  /** The work is done: the line is removed. */
  done(): void {
    this.clear();
  }
}
