/** Progress on stderr: on a terminal only, redrawn in place, gone when the work is done. */
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/terminal.js';
import { inProcess } from '../support/cli.js';

const sample = new URL('../../examples/sample-register.json', import.meta.url).pathname;

describe('Progress', () => {
  it('draws at most every 250 ms, on one line, and clears it when done', () => {
    let now = 0;
    let written = '';
    const progress = new Progress(
      (text) => {
        written += text;
      },
      true,
      'en',
      () => now,
    );
    progress.reading(5 * 1024 * 1024);
    now = 100;
    progress.judged(10);
    expect(written).toBe("\r\u001b[Kreading the register's records: 5 MiB");
    now = 2000;
    progress.judged(40_000);
    expect(written.endsWith('\r\u001b[K40,000 activities read and judged, 20,000/s, 2.0 s')).toBe(
      true,
    );
    progress.done();
    expect(written.endsWith('\r\u001b[K')).toBe(true);
    const length = written.length;
    progress.done();
    expect(written).toHaveLength(length);
  });

  it('says it in Swedish by default, and nothing at all when stderr is no terminal', () => {
    let written = '';
    new Progress(
      (text) => {
        written += text;
      },
      true,
      'sv',
      (
        (times) => () =>
          times.shift() ?? 3000
      )([0, 3000]),
    ).judged(1);
    expect(written).toBe('\r\u001b[K1 aktivitet läst och bedömd, 0/s, 3,0 s');
    let quiet = '';
    const off = new Progress(
      (text) => {
        quiet += text;
      },
      false,
      'sv',
    );
    off.judged(1);
    off.done();
    expect(quiet).toBe('');
  });
});

describe('the command line shows progress only on a terminal', () => {
  it('audit on a terminal draws it on stderr and clears it; piped, stderr stays empty', async () => {
    const shown = await inProcess(
      ['audit', sample, '--as-of', '2023-03-31', '--lang', 'en'],
      undefined,
      true,
    );
    expect(shown.stderr).toContain("\r\u001b[Kreading the register's records");
    expect(shown.stderr.endsWith('\r\u001b[K')).toBe(true);
    const piped = await inProcess(['audit', sample, '--as-of', '2023-03-31']);
    expect(piped.stderr).toBe('');
  });
});
