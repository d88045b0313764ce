/** The reference reads by topic: every export of the package names one of the API's categories. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CATEGORIES = [
  'Parsing',
  'Evaluation',
  'Compliance',
  'Agreements and audit',
  'Versions',
  'Money',
  'Calendar',
  'Errors',
];
const src = new URL('../../src/', import.meta.url);
const index = readFileSync(new URL('index.ts', src), 'utf8');
const exported = [
  ...index.matchAll(/export (?:type )?\{([^}]*)\} from '\.\/([^']+)\.js';/g),
].flatMap(([, names, module]) =>
  (names as string)
    .split(',')
    .map((name) => name.replace('type ', '').trim())
    .filter((name) => name !== '')
    .map((name) => ({ name, module: module as string })),
);

describe('the API reference, by category', () => {
  it('finds the exports', () => {
    expect(exported.length).toBeGreaterThan(100);
  });

  it.each(exported.map(({ name, module }) => [name, module] as const))(
    '%s (%s) names its category',
    (name, module) => {
      const text = readFileSync(new URL(`${module}.ts`, src), 'utf8');
      const declaration = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nexport (?:declare )?(?:async )?(?:function|const|interface|type|class) ${name}\\b`,
      ).exec(text);
      const category = /@category (.+)/.exec(declaration?.[1] ?? '')?.[1]?.trim();
      expect(CATEGORIES).toContain(category);
    },
  );
});
