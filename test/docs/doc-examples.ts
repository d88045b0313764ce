/**
 * Turns the examples in the documentation into checks. An example is a ```ts block in a TSDoc
 * `@example` under src/ or in a guide under docs/. In it:
 *
 * - `expr; // => value` (or `// => value` on the lines after the statement, continued by `//` lines)
 *   states that `expr` deeply equals `value`; a trailing ` (explanation)` is prose;
 * - `expr; // throws PolicyError (code 'some_code')` states that `expr` throws that error.
 *
 * Everything else in the block runs as written, with the package's exports in scope.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/** One ```ts block and where it stands. */
export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const root = new URL('../../', import.meta.url);

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${dir}/${name}`)
    .sort();
}

/** The ```ts blocks of every `@example` in the source files. */
export function sourceExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of filesUnder('src', '.ts')) {
    const lines = readFileSync(new URL(file, root), 'utf8').split('\n');
    let block: string[] | undefined;
    let start = 0;
    lines.forEach((raw, index) => {
      const line = raw.replace(/^\s*\* ?/, '');
      if (
        block === undefined &&
        line.startsWith('```ts') &&
        /@example/.test(lines[index - 1] ?? '')
      ) {
        block = [];
        start = index + 2;
      } else if (block !== undefined && line.startsWith('```')) {
        examples.push({ file, line: start, code: block.join('\n') });
        block = undefined;
      } else if (block !== undefined) {
        block.push(line);
      }
    });
  }
  return examples;
}

/** The ```ts blocks of the guides. */
export function guideExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of filesUnder('docs', '.md')) {
    const text = readFileSync(new URL(file, root), 'utf8');
    // A guide is read top to bottom: each block runs after the blocks before it in the same guide.
    let before = '';
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, match.index).split('\n').length + 1;
      before += `${match[1] ?? ''}\n`;
      examples.push({ file, line, code: before });
    }
  }
  return examples;
}

function withoutProse(value: string): string {
  const trimmed = value.trim();
  const cut = trimmed.lastIndexOf(' (');
  return trimmed.endsWith(')') && cut > 0 ? trimmed.slice(0, cut).trim() : trimmed;
}

/**
 * The claim after position `end`: `// => …` or `// throws …` on the rest of the line, or `// => …`
 * on the next line when the rest is blank; continued by `//` lines indented two or more spaces.
 */
function claimAfter(code: string, end: number): { claim: string; end: number } | undefined {
  const rest = code.slice(end);
  const first =
    /^[ \t]*\/\/ (=> |throws )(.*)/.exec(rest) ?? /^[ \t]*\n[ \t]*\/\/ (=> )(.*)/.exec(rest);
  if (!first) return undefined;
  let claim = first[1] === 'throws ' ? `throws ${first[2]}` : (first[2] as string);
  let length = first[0].length;
  for (;;) {
    const more = /^\n[ \t]*\/\/ {2,}(.*)/.exec(rest.slice(length));
    if (!more) break;
    claim += ` ${(more[1] as string).trim()}`;
    length += more[0].length;
  }
  return { claim, end: end + length };
}

/** Rewrites an example into plain TypeScript whose claims call `__check` and `__throws`. */
export function toCheckedCode(code: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      edits.push({ start: node.getStart(), end: node.end, text: '' });
      return;
    }
    if (ts.isExpressionStatement(node)) {
      const found = claimAfter(code, node.end);
      if (found) {
        const expr = node.expression.getText();
        const thrown = /^throws (\w+) \(code '(\w+)'\)/.exec(found.claim);
        const text = thrown
          ? `__throws(() => (${expr}), ${JSON.stringify(thrown[2])});`
          : `__check(() => (${expr}), () => (${withoutProse(found.claim)}), ${JSON.stringify(expr)});`;
        edits.push({ start: node.getStart(), end: found.end, text });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** Transpiles checked TypeScript to a JavaScript function body. */
export function toJavaScript(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}
