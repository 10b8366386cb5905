// Loads a bundled Electron main process under plain Node with a stand-in for the `electron` module, so a
// test can prove the bundle and every dependency it requires load (the Electron binary is not on CI).
// Prints the calls the main process made at load time as JSON on the last line.
// STUB_LOGS=<folder>: this instance holds the lock and starts as the first one would, up to app.whenReady
// (which never resolves here), with its logs in the folder; a promise rejected afterwards and left unhandled
// shows what the main process does with it.
const Module = require('module');
const calls = [];
const logs = process.env.STUB_LOGS;
const anything = { get: (t, p) => (p in t ? t[p] : new Proxy(function () {}, anything)), apply: () => new Proxy(function () {}, anything) };
const electron = {
  crashReporter: { start: (options) => calls.push(`crashReporter.start:${JSON.stringify(options)}`) },
  dialog: { showErrorBox: (title, body) => calls.push(`showErrorBox:${title}: ${body}`) },
  // Inställningar → Databas keeps the shared database's password with safeStorage (database-choice.ts).
  safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
  protocol: { registerSchemesAsPrivileged: (schemes) => calls.push(`registerSchemesAsPrivileged:${schemes.map((s) => s.scheme).join(',')}`) },
  app: new Proxy(
    {
      commandLine: { appendSwitch: (key, value) => calls.push(`appendSwitch:${key}=${value}`) },
      // Another instance "holds the lock": the main process must quit before touching anything else.
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), Boolean(logs)),
      quit: () => calls.push('quit'),
      getPath: (name) => (calls.push(`getPath:${name}`), logs),
      getVersion: () => '0.0.0-stub',
      whenReady: () => new Promise(() => {}),
    },
    anything,
  ),
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? new Proxy(electron, anything) : load.call(this, request, ...rest);
};
require(process.argv[2]);
if (logs) void Promise.reject(new Error('Stubbens avvisade löfte'));
setTimeout(() => {
  console.log(JSON.stringify(calls));
  process.exit(0);
}, 300);
