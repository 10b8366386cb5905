// Export timings are added when the document exports land.
import type { BenchResult } from './bench';

export async function benchExports(_appRoot: string): Promise<BenchResult[]> {
  return [];
}
