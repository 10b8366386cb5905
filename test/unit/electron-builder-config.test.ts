// electron-builder.yml must satisfy the schema that ships with electron-builder and name the targets
// the secretariats' IT departments install from.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

function load(): Record<string, any> {
  return yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;
}

function targets(section: { target: Array<string | { target: string }> }): string[] {
  return section.target.map((t) => (typeof t === 'string' ? t : t.target));
}

describe('electron-builder.yml', () => {
  it('validerar mot electron-builders schema', async () => {
    await expect(validateConfiguration(load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('avvisar en felaktig konfiguration (schemat används på riktigt)', async () => {
    await expect(validateConfiguration({ ...load(), win: { target: 'nsis', okäntFält: 1 } }, new DebugLogger(false))).rejects.toThrow();
  });

  it('bygger för Windows, Linux och macOS med svenskt produktnamn', () => {
    const config = load();
    expect(config.productName).toBe('IUB-katalogen');
    expect(targets(config.win)).toEqual(['nsis', 'msi']);
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.mac)).toEqual(['dmg']);
    expect(config.files).toContain('migrations/*.sql');
  });

  it('slår av Electrons säkringar (fuses) som gör appen till en vanlig Node eller öppnar den för felsökning', () => {
    const fuses = load().electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('bygger inte om better-sqlite3: dess Node-API-binär laddas i Electron som i Node', () => {
    expect(load().npmRebuild).toBe(false);
    const pkg = JSON.parse(fs.readFileSync('node_modules/better-sqlite3/package.json', 'utf8')) as { version: string };
    expect(Number(pkg.version.split('.')[0])).toBeGreaterThanOrEqual(13);
    expect(fs.existsSync('node_modules/better-sqlite3/prebuilds/win32-x64.node')).toBe(true);
    // npm's implicit node-gyp step only configures (stamps) when a prebuild exists: no binary is compiled,
    // so better-sqlite3 loads the prebuilt Node-API binary.
    expect(fs.existsSync('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(false);
    expect(fs.existsSync('node_modules/better-sqlite3/build/Debug/better_sqlite3.node')).toBe(false);
  });
});
