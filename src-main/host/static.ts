import fs from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticFile = { kind: 'file'; file: string } | { kind: 'notFound' } | { kind: 'forbidden' };

/**
 * Maps a URL pathname to a file inside `root`, or refuses. The pathname comes from `new URL()` (dot
 * segments already resolved), but it is decoded here, so `%2e%2e%2f` and `..%5c` are checked again
 * after decoding: the resolved file must stay inside `root`, symlinks included.
 * A path without an extension that names no file is the single-page app's route: index.html.
 */
export async function resolveStatic(root: string, pathname: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };

  const realRoot = await fs.realpath(root).catch(() => null);
  if (realRoot === null) return { kind: 'notFound' };
  const candidate = path.resolve(realRoot, `.${decoded}`);
  if (candidate !== realRoot && !isInside(realRoot, candidate)) return { kind: 'forbidden' };

  const found = await fileInside(realRoot, candidate);
  if (found) return { kind: 'file', file: found };
  if (path.extname(decoded) === '' || decoded.endsWith('/')) {
    const index = await fileInside(realRoot, path.join(realRoot, 'index.html'));
    if (index) return { kind: 'file', file: index };
  }
  return { kind: 'notFound' };
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

async function fileInside(root: string, candidate: string): Promise<string | null> {
  try {
    const real = await fs.realpath(candidate);
    if (!isInside(root, real)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? real : null;
  } catch {
    return null;
  }
}
