import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '@shared/api/errors';
import en from '@shared/i18n/locales/en/errors';
import { describeError, fileLogger, hostLogFile, logUncaughtErrors } from '../log';
import { defaultDataDir } from '../store/paths';
import { startHost } from './server';

const USAGE = `Usage: npm run serve -- [--data DIR] [--port N] [--no-open]

Serves Växtkraft in the browser on 127.0.0.1 only. The printed address carries a one-time code: it opens the
app once (press Enter for a new address).

  --data DIR   the data folder (default: the app's per-user data folder)
  --port N     the port to listen on (default: a free port)
  --no-open    do not open the system browser
  --help       show this text

Environment: VAXTKRAFT_PASSPHRASE unlocks the store (or creates it when the folder has none);
without it the browser asks for the passphrase.
`;

export interface CliArgs {
  dataDir: string | undefined;
  port: number;
  open: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { dataDir: undefined, port: 0, open: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [flag, inline] = equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--data') args.dataDir = value();
    else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be a number from 0 to 65535');
      args.port = port;
    } else if (flag === '--no-open') args.open = false;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`Unknown option: ${arg}`);
  }
  return args;
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the address is printed anyway.
  }
}

/**
 * The passphrase from the environment, removed from it once read: child processes (the browser this opens) and
 * anything that dumps the environment later do not get it.
 */
export function takePassphrase(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const passphrase = env.VAXTKRAFT_PASSPHRASE;
  delete env.VAXTKRAFT_PASSPHRASE;
  return passphrase || undefined;
}

function messageFor(error: unknown): string {
  if (error instanceof AppError) {
    if (error.code === 'store.inUse') {
      const pid = error.params.pid;
      return `Växtkraft is already running on this data folder${pid ? ` (process ${String(pid)})` : ''}. Close it first.`;
    }
    const [group, key] = error.code.split('.') as [string, string | undefined];
    const table = en as unknown as Record<string, unknown>;
    const entry = key ? (table[group] as Record<string, unknown> | undefined)?.[key] : table[group];
    const text = typeof entry === 'string' ? entry : error.code;
    return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(error.params[name] ?? ''));
  }
  return `Could not start: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }

  const passphrase = takePassphrase();
  const dataDir = args.dataDir ?? defaultDataDir();
  const logger = fileLogger(hostLogFile(dataDir));
  logUncaughtErrors(logger, process, 'observe');
  let host: Awaited<ReturnType<typeof startHost>>;
  try {
    host = await startHost({ dataDir, port: args.port, passphrase, logger });
  } catch (error) {
    logger.error('host.startFailed', describeError(error));
    process.stderr.write(`${messageFor(error)}\n`);
    process.exit(1);
  }

  process.stdout.write(
    `Växtkraft is running. Open this address in your browser:\n\n  ${host.url}\n\n` + `Data folder: ${dataDir}\nPress Ctrl+C to stop.\n`,
  );
  if (args.open) openBrowser(host.url);
  if (process.stdin.isTTY) {
    // The printed code works once: Enter prints an address with a new one (for another browser or tab).
    process.stdin.on('data', () => process.stdout.write(`\n  ${host.url}\n\n`));
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Runs only as a program, so that tests can import parseArgs. */
function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) void main();
