/**
 * Every example in the docs type-checks: each TSDoc `@example` and guide block, as a module importing
 * the package's exports (values and types) and the sample register, compiled with the project's
 * strict options. The sibling doc-examples test runs them.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { guideExamples, sourceExamples, toCheckedCode } from './doc-examples.js';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The names `src/index.ts` exports, read from its export lists (it has only those: no `export *`,
 * no declarations of its own — checked here), without a program of its own: the examples' program
 * below type-checks them.
 */
function exportedNames(): { values: string[]; types: string[] } {
  const path = `${root}src/index.ts`;
  const source = ts.createSourceFile(path, ts.sys.readFile(path) ?? '', ts.ScriptTarget.Latest);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause || !ts.isNamedExports(clause))
        throw new Error('src/index.ts: export * is not read');
      for (const element of clause.elements) names.push(element.name.text);
    } else if (exported) throw new Error('src/index.ts: a declaration of its own is not read');
  }
  const values = Object.keys(library);
  return { values, types: names.filter((name) => !values.includes(name)) };
}

describe('every example in the docs type-checks', () => {
  it('compiles without errors under the project’s strict options', () => {
    const { values, types } = exportedNames();
    const header = [
      `import { ${values.join(', ')} } from 'solleftea-international-policy';`,
      `import type { ${types.join(', ')} } from 'solleftea-international-policy';`,
      `import SAMPLE_REGISTER from '${root}examples/sample-register.json' with { type: 'json' };`,
      'declare function __check(actual: () => unknown, expected: () => unknown, label: string): void;',
      'declare function __throws(action: () => unknown, code: string): void;',
      'export {};',
    ].join('\n');
    const examples = [...sourceExamples(), ...guideExamples()];
    const files = new Map(
      examples.map((example, i) => [
        `${root}.doc-example-${i}.ts`,
        { example, text: `${header}\n${toCheckedCode(example.code)}\n` },
      ]),
    );
    const configFile = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
    const compilerOptions = {
      ...options,
      noEmit: true,
      isolatedDeclarations: false,
      declaration: false,
    };
    const host = ts.createCompilerHost(compilerOptions);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name)?.text ?? readFile(name);
    host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
    host.getSourceFile = (name, version, ...rest) => {
      const file = files.get(name);
      return file
        ? ts.createSourceFile(name, file.text, version)
        : getSourceFile(name, version, ...rest);
    };
    const program = ts.createProgram([...files.keys()], compilerOptions, host);
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file && files.get(diagnostic.file.fileName)?.example;
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      return where
        ? `${where.file}:${where.line}: ${text}`
        : `${diagnostic.file?.fileName}: ${text}`;
    });
    expect(examples.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  }, 120_000);
});
