/** Fuzzing helpers: valid JSON documents with one value corrupted. */
import { fc } from '@fast-check/vitest';

/** A JSON value. */
export type Json = unknown;

/** Every path to a value inside a JSON value. */
function pathsOf(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const paths = [path];
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      paths.push(...pathsOf(item, [...path, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

/** A copy of `value` with the value at `path` replaced (or removed, for `undefined`). */
function replaced(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  if (rest.length === 0 && replacement === undefined) delete copy[head];
  else copy[head] = replaced(copy[head], rest, replacement);
  return copy;
}

/** Valid documents with one value anywhere inside replaced by arbitrary JSON, or removed. */
export const corrupted = (valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  valid.chain((document) =>
    fc
      .tuple(
        fc.constantFrom(...pathsOf(document)),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
      )
      .map(([path, replacement]) => replaced(document, path, replacement)),
  );
