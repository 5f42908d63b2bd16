import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to main: one function that forwards a channel name and its input. Raw ipcRenderer
 * never crosses the bridge, and this file imports nothing but electron because a sandboxed preload cannot
 * load other modules (electron.vite.config.ts bundles it to CommonJS).
 */
contextBridge.exposeInMainWorld('vaxtkraft', {
  invoke: (channel: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('vaxtkraft:invoke', channel, input),
});
