import { describe, expect, it } from 'vitest';
import sampleRegister from '../../examples/sample-register.json' with { type: 'json' };
import * as library from '../../src/index.js';
import {
  type DocExample,
  guideExamples,
  sourceExamples,
  toCheckedCode,
  toJavaScript,
} from './doc-examples.js';

/** An example's code runs as the body of an async function, so that it may `await`. */
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

async function runExample(example: DocExample): Promise<number> {
  let claims = 0;
  const check = (actual: () => unknown, expected: () => unknown, label: string): void => {
    claims++;
    expect(actual(), `${example.file}:${example.line}: ${label}`).toEqual(expected());
  };
  const throws = (action: () => unknown, code: string): void => {
    claims++;
    expect(action, `${example.file}:${example.line}`).toThrow(expect.objectContaining({ code }));
  };
  const quiet = { log: (): void => undefined };
  // Examples may use the fictional register of examples/sample-register.json, as the guides say.
  const exports = [...Object.entries(library), ['SAMPLE_REGISTER', sampleRegister] as const];
  const body = toJavaScript(toCheckedCode(example.code));
  const run = new AsyncFunction(
    ...exports.map(([name]) => name),
    '__check',
    '__throws',
    'console',
    body,
  );
  await run(...exports.map(([, value]) => value), check, throws, quiet);
  return claims;
}

describe('every example in the docs runs and shows real output', () => {
  const examples = [...sourceExamples(), ...guideExamples()];

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    '%s',
    async (_, example) => {
      await expect(runExample(example)).resolves.toBeTypeOf('number');
    },
  );

  it('checks the claims the examples make', async () => {
    let claims = 0;
    for (const example of examples) claims += await runExample(example);
    expect(claims).toBeGreaterThan(30);
  });
});

describe('the example checker', () => {
  it('turns a trailing claim into a check', () => {
    expect(toCheckedCode("f(1); // => 'x'  (why)")).toBe(
      `__check(() => (f(1)), () => ('x'), "f(1)");`,
    );
  });

  it('takes a claim from the lines after a statement, continued by comment lines', () => {
    expect(toCheckedCode('g(\n  2,\n);\n// => { a: 1,\n//      b: 2 }\nh();')).toBe(
      `__check(() => (g(\n  2,\n)), () => ({ a: 1, b: 2 }), "g(\\n  2,\\n)");\nh();`,
    );
  });

  it('checks claims inside blocks and leaves prose comments and imports out', () => {
    expect(
      toCheckedCode("import { f } from 'x';\nif (a) {\n  f(); // => 1\n}\n// prose\nf();"),
    ).toBe('\nif (a) {\n  __check(() => (f()), () => (1), "f()");\n}\n// prose\nf();');
  });

  it('turns a throws claim into a check of the error code', () => {
    expect(toCheckedCode("h('x'); // throws PolicyError (code 'invalid_date')")).toBe(
      `__throws(() => (h('x')), "invalid_date");`,
    );
  });

  it('fails an example whose claim is false', async () => {
    const example = { file: 'x', line: 1, code: "toIsoDate('2020-01-01'); // => '2020-01-02'" };
    await expect(runExample(example)).rejects.toThrow();
  });
});
