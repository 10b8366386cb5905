// The preload exposes exactly one function: a call of the typed API. Nothing else crosses the bridge.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('iub', {
  call: (method: string, input: unknown) => ipcRenderer.invoke('iub:call', String(method), input),
});
