// Loaded with --require before Electronegativity: the scan runs offline. Its "available security
// fixes" check asks GitHub for Electron's releases through `got`; here that request fails at once
// (no network), instead of got's retry timer crashing the process on Node 24. Staying on a supported
// Electron is the platform policy (README, Plattform), not this scanner's job.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: Electronegativity körs utan nät'));
    offline.head = offline;
    offline.get = offline;
    offline.default = offline;
    return offline;
  }
  return load.call(this, request, parent, isMain);
};
