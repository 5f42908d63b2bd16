// `require('electron')` from a CommonJS dependency of the main bundle: the same stand-in object.
const electron = globalThis.__vaxtkraftElectronStandIn;
if (!electron) throw new Error('the electron stand-in is not loaded (run through tests/electron/stand-in/boot.mjs)');
module.exports = electron;
