/** Instants (export time, created_at, audit times) differ between two runs; dates do not. */
export function withoutTimestamps(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?/g, '<tid>'));
}
