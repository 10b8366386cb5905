// Hostile and random payloads for the API boundary, for fast-check. Two kinds: anything at all, and
// payloads shaped by a method's own zod input schema with hostile values in every leaf, so many calls
// get past validation and reach the services with markup, control characters, traversal and extremes.
import fc from 'fast-check';
import type { z } from 'zod';

/** Strings an attacker or a careless paste would send. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE insats; --",
  "Robert'); DELETE FROM audit_log; --",
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\config\\SAM',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '..',
  '.',
  'backups/../../iub.db',
  'iub.db\u0000.pdf',
  'text\u0007med\u001bkontroll\u0000tecken',
  'rad\r\nbrytning',
  '\u202eexe.pdf',
  '\ud800',
  '\uFEFF\u200B',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '{year}{seq}{{constructor}}',
  '${process.exit()}',
  '__proto__',
  'constructor',
  'Ölandsfärjan 🚢 på Åland',
  '',
  ' ',
  'a'.repeat(301),
  'å'.repeat(20_001),
  'x'.repeat(200_000),
];

/** Values that look right to a schema, so that some calls are accepted. */
const PLAUSIBLE_STRINGS = [
  'Familjerådgivning',
  'Anhörigstöd',
  '2025-10-01',
  '2026-02-30',
  '2025.053',
  'SN 2025/53',
  'test-2025-01-01T00-00-00-000Z-start.db',
  'a',
  '14:5',
  'bifall',
];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

export const hostileNumber = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 2000, 2100, 9999) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
);

/** Anything at all (as structured clone or JSON carries it), including prototype tricks. */
export function anyValue(json: boolean): fc.Arbitrary<unknown> {
  const base = json
    ? fc.jsonValue({ maxDepth: 4 })
    : fc.anything({
        maxDepth: 4,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withNullPrototype: true,
        withBigInt: true,
        withSparseArray: true,
      });
  return fc.oneof(
    base,
    hostileString,
    fc.constant({ __proto__: { admin: true } }),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
    fc.constant(deepNesting(1000)),
  );
}

function deepNesting(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { content: v };
  return v;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A payload shaped like `schema`, with hostile leaves; optional keys come and go, extra keys appear. */
export function shapedBy(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(null);
  const inner = (s: unknown) => shapedBy(s as z.ZodType, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const k of keys) record[k] = inner(shape[k]);
      const obj = fc.record(record, { requiredKeys: [] });
      return fc.oneof(
        { weight: 6, arbitrary: fc.record(record) },
        { weight: 3, arbitrary: obj },
        { weight: 1, arbitrary: fc.tuple(fc.record(record), hostileString, anyValue(true)).map(([o, k, v]) => ({ ...(o as object), [k || 'extra']: v })) },
      );
    }
    case 'string':
      return hostileString;
    case 'number':
    case 'int':
      return hostileNumber;
    case 'boolean':
      return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 0, 1, null) });
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostileString });
    }
    case 'literal':
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...(def.values as unknown[])) }, { weight: 1, arbitrary: hostileString });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'default':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'pipe':
      return inner(defOf(def.in).type === 'transform' ? def.out : def.in);
    case 'array':
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(inner(def.element), { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.array(inner(def.element), { minLength: 200, maxLength: 400 }) },
      );
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(hostileString, inner(def.valueType), { maxKeys: 3 });
    case 'lazy':
      return inner((def.getter as () => unknown)());
    default:
      return anyValue(true);
  }
}

/** For a method: mostly schema-shaped payloads, sometimes anything at all. */
export function payloadFor(schema: z.ZodType, json: boolean): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: shapedBy(schema) }, { weight: 1, arbitrary: anyValue(json) });
}

/** Every path to a string inside a value (for mutating valid examples one leaf at a time). */
function stringPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

function replaced(value: unknown, path: Array<string | number>, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, leaf);
  return copy;
}

/**
 * A valid example with one text field replaced by a hostile string: markup and odd characters that are
 * valid text reach the services and must be stored as text; the rest must be refused cleanly.
 */
export function mutatedExample(example: unknown): fc.Arbitrary<unknown> {
  const paths = stringPaths(example);
  if (paths.length === 0) return fc.constant(example);
  return fc.tuple(fc.constantFrom(...paths), hostileString).map(([path, leaf]) => replaced(example, path, leaf));
}
