/**
 * `npm run demo [-- --companies N] [--port N] [--no-open]`: the app in the browser with fictitious demo data, in one
 * command and without the Electron binary. Seeds a new store in a temporary folder exactly as `npm run seed:demo`
 * does, serves it as `npm run serve` does (unlocked with a passphrase made for this run and printed), and removes
 * the folder when the server stops (Ctrl+C).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function splitArgs(argv: string[]): { companies: string; serveArgs: string[] } {
  const serveArgs = [...argv];
  const at = serveArgs.findIndex((a) => a === '--companies' || a.startsWith('--companies='));
  if (at < 0) return { companies: '12', serveArgs };
  const [flag] = serveArgs.splice(at, 1) as [string];
  const companies = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : (serveArgs.splice(at, 1)[0] ?? '');
  return { companies, serveArgs };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(TSX, args, { cwd: ROOT, env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 1);
    }),
  );
}

async function main(): Promise<number> {
  const { companies, serveArgs } = splitArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-demo-'));
  const passphrase = `demo ${randomBytes(4).toString('hex')} ${randomBytes(4).toString('hex')}`;
  const env = { ...process.env, VAXTKRAFT_PASSPHRASE: passphrase };
  try {
    const seeded = await run([path.join(ROOT, 'scripts', 'seed-demo.ts'), '--data', dataDir, '--companies', companies], env);
    if (seeded !== 0) return seeded;
    process.stdout.write(`Demo passphrase (to unlock again after locking): ${passphrase}\nThe demo folder is removed when you stop.\n\n`);
    return await run([path.join(ROOT, 'src-main', 'host', 'cli.ts'), '--data', dataDir, ...serveArgs], env);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
