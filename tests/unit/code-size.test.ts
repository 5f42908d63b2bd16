import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The size limits the code-health review set, kept by a test so that they hold after the review:
 * no source file over 450 lines, no function (or arrow function, method, React component) over 120 lines
 * (ESLint's max-len holds lines to 140 characters). Translations and framework data are data, not code, and are not counted; a test's
 * `describe`/`it` callbacks are exempt from the function limit (their files are not).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['src-main', 'src-shared', 'src-renderer', 'scripts', 'tests'];
const MAX_FILE_LINES = 450;
const MAX_FUNCTION_LINES = 120;
const DATA = [/^src-shared\/i18n\/locales\//, /^tests\/fixtures\//];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx|cjs|mjs)$/.test(entry.name) && !DATA.some((re) => re.test(rel))) out.push(rel);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return out.sort();
}

type FunctionNode = ts.FunctionLikeDeclaration;

/** A test's `describe`/`it` callback is a list of steps, not a function of the code: it is exempt (its file is not). */
function isTestCallback(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return false;
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : call.expression;
  return ts.isIdentifier(callee) && ['describe', 'it', 'test'].includes(callee.text);
}

function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && (node as FunctionNode).body && !isTestCallback(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES) found.push(`${file}:${start + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('code size limits', () => {
  const files = sourceFiles().map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .filter(({ text }) => text.split('\n').length > MAX_FILE_LINES)
      .map(({ file, text }) => `${file} (${text.split('\n').length})`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap(({ file, text }) => longFunctions(file, text))).toEqual([]);
  });

  it('measures a function by its lines, nested ones included', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions('probe.ts', `function short() {\n  return 1;\n}\n`)).toEqual([]);
    expect(longFunctions('probe.ts', `export const long = () => {\n${body}\n};\n`)).toEqual(['probe.ts:1 (122 lines)']);
    expect(longFunctions('probe.ts', `describe('x', () => {\n${body}\n});\n`)).toEqual([]);
    expect(longFunctions('probe.ts', `describe('x', () => {\n  const helper = () => {\n${body}\n  };\n});\n`)).toEqual([
      'probe.ts:2 (122 lines)',
    ]);
  });
});
