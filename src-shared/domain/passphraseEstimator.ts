import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { setPassphraseEstimator } from './passphrase';
import { SWEDISH_DICTIONARIES } from './passphraseWords';

/**
 * zxcvbn with its common and English dictionaries and a Swedish one, the estimator judgePassphrase asks (see
 * passphrase.ts). Importing this module installs it: the main process does so with the router (src-main/ipc/router.ts),
 * the renderer through loadPassphraseEstimator() where a passphrase is chosen, since the dictionaries are large.
 */

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };

/** Each list with the spellings an advisor types on a keyboard without å, ä and ö added after it. */
function withFoldedSpellings(words: readonly string[]): string[] {
  const folded = words.map((w) => w.replace(/[åäö]/g, (ch) => FOLD[ch] ?? ch)).filter((w, i) => w !== words[i]);
  return [...new Set([...words, ...folded])];
}

let factory: ZxcvbnFactory | null = null;

/** Built on first use (ranking the dictionaries takes a moment), then kept: the dictionaries are loaded once. */
function zxcvbn(): ZxcvbnFactory {
  if (!factory) {
    const swedish = Object.fromEntries(Object.entries(SWEDISH_DICTIONARIES).map(([name, list]) => [name, withFoldedSpellings(list)]));
    // The default translations are zxcvbn's own keys: the warning comes back as a key, translated by our locales.
    factory = new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...englishDictionary, ...swedish }, graphs: adjacencyGraphs });
  }
  return factory;
}

setPassphraseEstimator({ check: (passphrase) => zxcvbn().check(passphrase) });
