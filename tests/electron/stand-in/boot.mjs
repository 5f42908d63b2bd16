// The child process's entry: node boot.mjs <main bundle>. Makes `electron` resolve to the stand-in for ES modules
// (a loader hook) and for CommonJS (Module._resolveFilename), then runs the main bundle as Electron would and
// emits `ready` once it has been evaluated. Plain JavaScript, because it must run before any TypeScript loader.
import Module, { register } from 'node:module';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const main = process.argv[2];
if (!main) throw new Error('usage: node boot.mjs <main bundle>');

const standIn = await tsImport('./electron.ts', import.meta.url);
globalThis.__vaxtkraftElectronStandIn = standIn.electron;

register('./hooks.mjs', import.meta.url);
const cjsShim = fileURLToPath(new URL('./electron-shim.cjs', import.meta.url));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? cjsShim : resolveFilename.call(this, request, ...rest);
};

// eslint-disable-next-line no-restricted-syntax -- the bundle under test is named by the test that forks this process
await import(pathToFileURL(main).href);
standIn.emitReady();
