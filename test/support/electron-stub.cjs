// Loads a bundled Electron main process under plain Node with a stand-in for the `electron` module, so a
// test can prove the bundle and every dependency it requires load (the Electron binary is not on CI).
// Prints the calls the main process made at load time as JSON on the last line.
const Module = require('module');
const calls = [];
const anything = { get: (t, p) => (p in t ? t[p] : new Proxy(function () {}, anything)), apply: () => new Proxy(function () {}, anything) };
const electron = {
  // Inställningar → Databas keeps the shared database's password with safeStorage (database-choice.ts).
  safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
  protocol: { registerSchemesAsPrivileged: (schemes) => calls.push(`registerSchemesAsPrivileged:${schemes.map((s) => s.scheme).join(',')}`) },
  app: new Proxy(
    {
      commandLine: { appendSwitch: (key, value) => calls.push(`appendSwitch:${key}=${value}`) },
      // Another instance "holds the lock": the main process must quit before touching anything else.
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), false),
      quit: () => calls.push('quit'),
    },
    anything,
  ),
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? new Proxy(electron, anything) : load.call(this, request, ...rest);
};
require(process.argv[2]);
setTimeout(() => {
  console.log(JSON.stringify(calls));
  process.exit(0);
}, 300);
