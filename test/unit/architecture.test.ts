// The environments stay apart (docs/architecture.md): shared/ is pure TypeScript (its own tsconfig has
// no Node or DOM types), the renderer reaches main only through the contract, and only electron/main and
// electron/preload import Electron. The rules live in .oxlintrc.json (`npm run lint`, part of `npm test`);
// this test runs oxlint with that config over a small tree of files that break them, and some that do not,
// so a rule that is weakened or dropped from the config fails here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../support/services';

const OXLINT = path.join(APP_ROOT, 'node_modules', 'oxlint', 'bin', 'oxlint');

const FILES: Record<string, string> = {
  'shared/domain/uses-node.ts': "import fs from 'node:fs';\nexport const a = fs;\n",
  'shared/domain/uses-path.ts': "import path from 'path';\nexport const a = path;\n",
  'shared/domain/uses-kysely.ts': "import type { Kysely } from 'kysely';\nexport type K = Kysely<unknown>;\n",
  'shared/domain/uses-react.ts': "export const a = import('react');\n",
  'shared/domain/uses-mantine.ts': "export { Button } from '@mantine/core';\n",
  'shared/domain/uses-main.ts': "import { x } from '../../electron/services/catalogue';\nexport const a = x;\n",
  'shared/domain/uses-renderer.ts': "import { x } from '../../renderer/src/App';\nexport const a = x;\n",
  'shared/domain/pure.ts': "import { z } from 'zod';\nimport { y } from '../api/contract';\nexport const a = [z, y];\n",
  'renderer/src/uses-electron.ts': "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
  'renderer/src/uses-sqlite.ts': "import Database from 'better-sqlite3';\nexport const a = Database;\n",
  'renderer/src/uses-node.ts': "import os from 'node:os';\nexport const a = os;\n",
  'renderer/src/uses-main.ts': "import { x } from '../../electron/services/catalogue';\nexport const a = x;\n",
  'renderer/src/through-contract.ts':
    "import { x } from '../../shared/api/contract';\nimport { Button } from '@mantine/core';\nexport const a = [x, Button];\n",
  'electron/services/uses-electron.ts': "import { app } from 'electron';\nexport const a = app;\n",
  'electron/cli/uses-electron-main.ts': "import { app } from 'electron/main';\nexport const a = app;\n",
  'electron/services/uses-node.ts': "import fs from 'node:fs';\nimport log from 'electron-log/node';\nexport const a = [fs, log];\n",
  'electron/main/uses-electron.ts': "import { app } from 'electron';\nexport const a = app;\n",
  'electron/preload/uses-electron.ts': "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n",
};

let dir = '';
let flagged: Set<string>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iub-arch-'));
  fs.copyFileSync(path.join(APP_ROOT, '.oxlintrc.json'), path.join(dir, '.oxlintrc.json'));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  let out: string;
  try {
    out = execFileSync(process.execPath, [OXLINT, '-f', 'unix', '.'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  flagged = new Set(
    out
      .split('\n')
      .filter((l) => l.includes('no-restricted-imports'))
      .map((l) => l.split(':')[0].replace(/^\.\//, '')),
  );
}, 20_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('arkitekturens gränser (i lintkonfigurationen)', () => {
  it('shared/ importerar varken Node, Electron, React, databasen eller main-processens kod', () => {
    for (const f of ['uses-node', 'uses-path', 'uses-kysely', 'uses-react', 'uses-mantine', 'uses-main', 'uses-renderer'])
      expect(flagged).toContain(`shared/domain/${f}.ts`);
    expect(flagged).not.toContain('shared/domain/pure.ts');
  });

  it('renderer/ når huvudprocessen bara genom kontraktet i shared/', () => {
    for (const f of ['uses-electron', 'uses-sqlite', 'uses-node', 'uses-main']) expect(flagged).toContain(`renderer/src/${f}.ts`);
    expect(flagged).not.toContain('renderer/src/through-contract.ts');
  });

  it('bara electron/main och electron/preload importerar Electron', () => {
    expect(flagged).toContain('electron/services/uses-electron.ts');
    expect(flagged).toContain('electron/cli/uses-electron-main.ts');
    expect(flagged).not.toContain('electron/services/uses-node.ts');
    expect(flagged).not.toContain('electron/main/uses-electron.ts');
    expect(flagged).not.toContain('electron/preload/uses-electron.ts');
  });
});
