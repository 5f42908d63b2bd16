// `npm start` and `npm run dist` rebuild the SQLite driver for Electron's ABI in node_modules. Node-side commands
// (tests, the browser host, seeding, benchmarks) then cannot load it; rebuild it for Node when that is the case.
const { execSync } = require('node:child_process');

function loads() {
  try {
    const Database = require('better-sqlite3-multiple-ciphers');
    new Database(':memory:').close();
    return true;
  } catch (error) {
    if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(String(error && error.message))) {
      return false;
    }
    throw error;
  }
}

if (!loads()) {
  process.stdout.write('The SQLite driver was built for Electron; rebuilding it for Node.js (about a minute)…\n');
  execSync('npm rebuild better-sqlite3-multiple-ciphers', { stdio: 'inherit' });
}
