export default {
  create: {
    title: 'Protect your data',
    intro: 'Växtkraft keeps everything you register encrypted on this computer. Choose a passphrase that unlocks it.',
    warningTitle: 'The passphrase cannot be recovered',
    warning: 'Nobody can open the data without it — not you, not support. Write it down and keep it somewhere safe.',
    passphrase: 'Passphrase',
    passphraseDescription: 'At least {{min}} characters. A few unrelated words are easy to remember and hard to guess.',
    confirmation: 'Repeat the passphrase',
    submit: 'Create encrypted store',
    strength: {
      label: 'Strength: {{level}}',
      weak: 'weak',
      fair: 'fair',
      good: 'good',
      strong: 'strong',
      hintLength: 'Make it longer: {{min}} characters at the least, 16 or more is better.',
      hintVariety: 'Mix in capitals, digits or other characters — or add another word.',
      hintGood: 'A good passphrase.',
    },
  },
  unlock: {
    title: 'Unlock Växtkraft',
    intro: 'Your data is encrypted. Enter your passphrase to open it.',
    passphrase: 'Passphrase',
    submit: 'Unlock',
    forgotten: 'The passphrase cannot be recovered. Without it the data stays locked.',
  },
  keychain: {
    opening: 'Opening your data…',
  },
  locked: 'The data was locked.',
};
