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
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, match.index).split('\n').length + 1;
      examples.push({ file, line, code: match[1] ?? '' });
    }
  }
  return examples;
}

/** Bracket depth change of a line of code, skipping strings. */
function depthChange(code: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < code.length; i++) {
    const char = code[i] as string;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return depth;
}

/** Splits a line into code and its trailing `//` comment (outside strings). */
function splitComment(line: string): [string, string | undefined] {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '/' && line[i + 1] === '/')
      return [line.slice(0, i), line.slice(i + 2).trim()];
  }
  return [line, undefined];
}

function withoutProse(value: string): string {
  const trimmed = value.trim();
  const cut = trimmed.lastIndexOf(' (');
  return trimmed.endsWith(')') && cut > 0 ? trimmed.slice(0, cut).trim() : trimmed;
}

/** Rewrites an example into plain TypeScript whose claims call `__check` and `__throws`. */
export function toCheckedCode(code: string): string {
  const lines = code.split('\n').filter((line) => !/^import .* from '.*';$/.test(line));
  const out: string[] = [];
  let statement: string[] = [];
  let depth = 0;
  let pending: { expr: string; claim: string } | undefined;

  const flush = (): void => {
    if (!pending) return;
    const { expr, claim } = pending;
    const thrown = /^throws (\w+) \(code '(\w+)'\)/.exec(claim);
    if (thrown) out.push(`__throws(() => (${expr}), ${JSON.stringify(thrown[2])});`);
    else
      out.push(
        `__check(() => (${expr}), () => (${withoutProse(claim)}), ${JSON.stringify(expr)});`,
      );
    pending = undefined;
  };

  for (const line of lines) {
    const [codePart, comment] = splitComment(line);
    const trimmed = codePart.trim();
    if (trimmed === '') {
      if (pending && comment !== undefined && !comment.startsWith('=>')) {
        pending.claim += ` ${comment}`;
        continue;
      }
      flush();
      if (comment?.startsWith('=>') && out.length > 0) {
        const last = out.pop() as string;
        pending = { expr: last.trim().replace(/;$/, ''), claim: comment.slice(2).trim() };
      } else {
        out.push(line);
      }
      continue;
    }
    flush();
    statement.push(codePart);
    depth += depthChange(codePart);
    const ends = depth === 0 && trimmed.endsWith(';');
    if (!ends && !trimmed.endsWith('{') && !trimmed.endsWith('}')) continue;
    const text = statement.join('\n');
    statement = [];
    if (ends && comment && (comment.startsWith('=>') || comment.startsWith('throws '))) {
      const claim = comment.startsWith('=>') ? comment.slice(2).trim() : comment;
      pending = { expr: text.trim().replace(/;$/, ''), claim };
    } else {
      out.push(text);
    }
    if (!ends) depth = 0;
  }
  flush();
  return out.join('\n');
}

/** Transpiles checked TypeScript to a JavaScript function body. */
export function toJavaScript(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}
