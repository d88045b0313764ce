import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, parseJson } from '../../src/cli/io.js';
import { expectLocatorAgreesWithJsonParse } from '../support/cli.js';

describe('jsonErrorOffset: where a text stops being JSON (Node 20 does not always say)', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{\n "a": x}', 8],
    ['[1, 2', 5],
    ['', 0],
    ['tru', 3],
    ['nul', 3],
    ['{"a" 1}', 5],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ['"line\nbreak"', 5],
    ['-', 0],
    ['01', 1],
    ['{} {}', 3],
    ['{"a":[true,false,null,-1.5e3,"\\u00e5\\n"]}', -1],
    [' [ ] ', -1],
  ])('%j → %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test.prop([fc.json()])('finds no error in JSON', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  test.prop([
    fc.json(),
    fc.nat(),
    fc.constantFrom('', 'x', ',', '}', ']', '"', ':', '\\', '\n', '-'),
  ])(
    'agrees with JSON.parse on whether a damaged text is JSON, and points inside it',
    (text, at, insert) => {
      const position = at % (text.length + 1);
      expectLocatorAgreesWithJsonParse(text.slice(0, position) + insert + text.slice(position + 1));
    },
  );

  it('reports invalid JSON with the line and column', () => {
    expect(() => parseJson({ name: 'f.json', text: '{\n  "a": 1,\n}' })).toThrow(
      expect.objectContaining({
        summary: { sv: 'f.json:3:1: ogiltig JSON.', en: 'f.json:3:1: invalid JSON.' },
      }),
    );
  });
});
