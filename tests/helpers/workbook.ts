import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Reads an exported workbook back with an independent, maintained reader: Python's openpyxl (Debian's
 * python3-openpyxl, installed by .ci/run). `/usr/bin/python3` is Debian's Python, which has it even where a pyenv
 * `python3` comes first on PATH; OPENPYXL_PYTHON names another interpreter.
 */
const PYTHON = process.env['OPENPYXL_PYTHON'] || '/usr/bin/python3';

export type Cell = string | number | boolean | null;

export interface Workbook {
  /** In the workbook's order. */
  sheetNames: string[];
  /** Every row from A1 down, each cut after its last filled cell; an empty cell inside a row is null, a date ISO text. */
  sheets: Record<string, Cell[][]>;
}

// Formulas as their saved values (data_only), as a spreadsheet shows them.
const READ = `
import io, json, sys
from openpyxl import load_workbook

wb = load_workbook(io.BytesIO(sys.stdin.buffer.read()), data_only=True)

def cell(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return v.isoformat() if hasattr(v, 'isoformat') else str(v)

def rows(ws):
    out = []
    for row in ws.iter_rows(values_only=True):
        cells = [cell(v) for v in row]
        while cells and cells[-1] is None:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out

json.dump({'sheetNames': wb.sheetnames, 'sheets': {name: rows(wb[name]) for name in wb.sheetnames}}, sys.stdout)
`;

// Every cell that holds a formula (openpyxl's data type 'f'), as `Sheet!A1`.
const FORMULAS = `
import io, json, sys
from openpyxl import load_workbook

wb = load_workbook(io.BytesIO(sys.stdin.buffer.read()), data_only=False)
json.dump([f'{ws.title}!{c.coordinate}' for ws in wb for row in ws.iter_rows() for c in row if c.data_type == 'f'], sys.stdout)
`;

/** The cell values of every sheet of an .xlsx file (a path or its bytes). */
export function readWorkbook(file: string | Buffer): Workbook {
  return JSON.parse(runOpenpyxl(READ, file)) as Workbook;
}

/** The cells of an .xlsx file that hold a formula (none, in a file the app writes). */
export function formulaCells(file: string | Buffer): string[] {
  return JSON.parse(runOpenpyxl(FORMULAS, file)) as string[];
}

function runOpenpyxl(script: string, file: string | Buffer): string {
  const bytes = typeof file === 'string' ? fs.readFileSync(file) : file;
  let out: string;
  try {
    out = execFileSync(PYTHON, ['-c', script], { input: bytes, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(
      `${PYTHON} could not read the workbook with openpyxl (apt-get install python3-openpyxl, or set OPENPYXL_PYTHON): ${stderr.trim()}`,
      { cause: error },
    );
  }
  return out;
}

/** One sheet as text, cell by cell, to search for what must not be there. */
export function sheetText(rows: Cell[][]): string {
  return rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join(',')).join('\n');
}
