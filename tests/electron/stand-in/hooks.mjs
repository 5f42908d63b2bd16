// ES module resolution hook (node:module register): `electron` is the stand-in, everything else resolves as usual.
import { URL } from 'node:url';

const shim = new URL('./electron-shim.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: shim, shortCircuit: true };
  return next(specifier, context);
}
