import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/node-version.mjs';

describe('the Node version check of npm run iub / npm run web', () => {
  it('accepts Node 24 and later', () => {
    expect(nodeVersionProblem('24.11.0')).toBeNull();
    expect(nodeVersionProblem('26.0.1')).toBeNull();
  });
  it('refuses Node 20 in Swedish and says how to get Node 24', () => {
    expect(nodeVersionProblem('20.20.2')).toMatch(/kräver Node 24.*kör Node 20\.20\.2[\s\S]*ensure-node\.sh/u);
  });
});
