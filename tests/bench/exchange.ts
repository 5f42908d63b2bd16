/**
 * Exchange figures for `npm run bench`: 1,000 companies with 5 people and 2 rounds each (a completed baseline and
 * an open follow-up, with every answer, area targets, goals, a strategy and 5 × 6 ratings), exported from one
 * encrypted store and imported into an empty one. `import_ratio_vs_bulk_insert` compares the whole import (decrypt,
 * unpack, validate, plan, write) with a plain insert of the same rows in one transaction.
 * `import_ratio_vs_bulk_insert_after_passphrase_check` is the same import of the same content sealed with a
 * cheap scrypt work factor, so that age's deliberately slow passphrase check (timed on its own as
 * `import_passphrase_check_ms`) does not hide the import's own work — and a busy machine cannot turn a
 * subtraction of two noisy figures negative.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Kysely } from 'kysely';
import { api } from '@shared/api';
import { MUNICIPALITIES } from '@shared/domain/municipalities';
import { createCompany } from '../../src-main/services/companies';
import { createPerson } from '../../src-main/services/people';
import { applyImport, previewImport } from '../../src-main/services/exchange';
import { exportCompanies } from '../../src-main/services/exchange';
import { decrypt, encrypt, pack } from '../../src-main/services/exchange/crypto';
import { competenceCatalogue, situationFramework } from '../../src-main/services/frameworks';
import { Session } from '../../src-main/store/session';
import { withCheckDigit } from '@shared/domain/orgNumber';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const PASSPHRASE = 'bench exchange passphrase';
const COMPANIES = 1000;
const RUNS = 3;
const ROLES = ['owner', 'manager', 'employee', 'employee', 'prospective'] as const;
/** The tables an import fills, parents first: the bulk insert copies these. */
const TABLES = [
  'companies',
  'people',
  'rounds',
  'round_answers',
  'round_area_targets',
  'goals',
  'strategies',
  'round_people',
  'round_person_competences',
] as const;
/** age's scrypt work factor for the file whose import is compared with the bulk insert. */
const CHEAP_WORK_FACTOR = 10;

function orgNumber(n: number): string {
  return withCheckDigit(`55${String(2000000 + n).padStart(7, '0')}`);
}

/**
 * A full collection before each import, so that the peak is the import's own: with `--expose-gc` set at run
 * time, a fresh context exposes `gc` even when node was started without the flag.
 */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
/** JS heap plus buffers (the file, its plaintext): what the import itself holds, unlike RSS, which the allocator keeps. */
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

async function openStore(root: string): Promise<Session> {
  const session = new Session({ dataDir: path.join(root, crypto.randomUUID()), unlockMode: 'passphrase', systemLocale: 'en' });
  // The raw key path: the figures are about the exchange, not SQLCipher's key derivation.
  await session.unlockWithRawKey(crypto.randomBytes(32).toString('hex'), { create: true });
  return session;
}

async function fill(session: Session): Promise<void> {
  await session.db.transaction().execute(async (trx) => {
    for (let n = 0; n < COMPANIES; n++) {
      const c = await createCompany(
        trx,
        api['companies.create'].input.parse({
          name: `Bänkföretag ${n} AB`,
          orgNumber: orgNumber(n),
          municipalityCode: MUNICIPALITIES[n % MUNICIPALITIES.length]!.code,
          employees: n % 20,
          contactEmail: `info${n}@example.se`,
          advisor: 'Karin Berg',
          office: 'Örebro',
        }),
      );
      const people: { id: string; role: string }[] = [];
      for (const [i, role] of ROLES.entries()) {
        const p = await createPerson(
          trx,
          api['people.create'].input.parse({ companyId: c.id, name: `Person ${n}-${i}`, role, startDate: '2020-01-15' }),
        );
        people.push({ id: p.id, role });
      }
      await addRounds(trx as unknown as AnyDb, c.id, people, n);
    }
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the round tables' Kysely view belongs to the assessments service
type AnyDb = Kysely<any>;

/** Two rounds as the assessment service would leave them, written directly (the figures are about the exchange). */
async function addRounds(db: AnyDb, companyId: string, people: { id: string; role: string }[], n: number): Promise<void> {
  const fw = situationFramework();
  const competences = competenceCatalogue()
    .competences.slice(0, 6)
    .map((c) => c.id);
  const at = (day: number) => new Date(Date.UTC(2024, 0, 1 + day, 9)).toISOString();
  for (const [k, kind] of (['baseline', 'followup'] as const).entries()) {
    const id = crypto.randomUUID();
    const ts = at(k * 90 + (n % 30));
    const done = kind === 'baseline';
    await db
      .insertInto('rounds')
      .values({
        id,
        company_id: companyId,
        kind,
        date: ts.slice(0, 10),
        advisor: 'Karin Berg',
        based_on_round_id: null,
        framework_id: fw.framework,
        framework_version: fw.version,
        catalogue_version: competenceCatalogue().version,
        vision: 'Tio anställda och egna produkter om fem år.',
        last_step: null,
        completed_at: done ? ts : null,
        completed_by: done ? 'Karin Berg' : null,
        custom_snapshot: done ? '[]' : null,
        created_at: ts,
        updated_at: ts,
        revision: 60,
      })
      .execute();
    let i = 0;
    await db
      .insertInto('round_answers')
      .values(
        fw.areas.flatMap((a) =>
          a.questions.map((q) => ({ round_id: id, question_id: q.id, level: (i++ % 5) + 1, note: null, updated_at: ts })),
        ),
      )
      .execute();
    await db
      .insertInto('round_area_targets')
      .values(fw.areas.map((a) => ({ round_id: id, area_id: a.id, target_level: 4, updated_at: ts })))
      .execute();
    const area = JSON.stringify([fw.areas[0]!.id]);
    await db
      .insertInto('goals')
      .values([
        {
          id: crypto.randomUUID(),
          round_id: id,
          kind: 'employees',
          label: null,
          current_value: 5,
          target_value: 10,
          target_year: 2030,
          area_ids: area,
          created_at: ts,
          updated_at: ts,
          revision: 1,
        },
        {
          id: crypto.randomUUID(),
          round_id: id,
          kind: 'export_share',
          label: null,
          current_value: 0,
          target_value: 20,
          target_year: 2029,
          area_ids: area,
          created_at: ts,
          updated_at: ts,
          revision: 1,
        },
      ])
      .execute();
    await db
      .insertInto('strategies')
      .values({
        id: crypto.randomUUID(),
        round_id: id,
        text: 'Anställ en säljare',
        area_ids: area,
        created_at: ts,
        updated_at: ts,
        revision: 1,
      })
      .execute();
    await db
      .insertInto('round_people')
      .values(people.map((p) => ({ round_id: id, person_id: p.id, role: p.role, updated_at: ts })))
      .execute();
    await db
      .insertInto('round_person_competences')
      .values(
        people.flatMap((p) =>
          competences.map((c, position) => ({
            round_id: id,
            person_id: p.id,
            competence_id: c,
            position,
            required_level: 4,
            self_level: p.role === 'prospective' ? null : 3,
            advisor_level: p.role === 'prospective' ? null : 2,
            note: null,
            updated_at: ts,
          })),
        ),
      )
      .execute();
  }
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const measured = (() => {
  let p: Promise<{ exportMs: number; importMs: number; cheapImportMs: number; peakMb: number; bulkMs: number; kdfMs: number }> | undefined;
  return () =>
    (p ??= (async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxtkraft-bench-exchange-'));
      const open: Session[] = [];
      try {
        const source = await openStore(root);
        open.push(source);
        await fill(source);
        const input = api['exchange.export'].input.parse({ companyIds: 'all', passphrase: PASSPHRASE, confirmation: PASSPHRASE });
        const exports: number[] = [];
        let base64 = '';
        for (let run = 0; run < RUNS; run++) {
          const r = await time(() => exportCompanies(source.db, input, source.deps));
          exports.push(r.ms);
          base64 = r.value.base64;
        }

        const cheap = await exportCompanies(source.db, input, { ...source.deps, scryptWorkFactor: CHEAP_WORK_FACTOR });
        const importOnce = async (file: string) => {
          const target = await openStore(root);
          open.push(target);
          collect();
          const start = used();
          let max = start;
          const sampler = setInterval(() => (max = Math.max(max, used())), 5);
          const r = await time(async () => {
            const p = await previewImport(target.db, { base64: file, passphrase: PASSPHRASE }, target.deps);
            return applyImport(target.db, { previewId: p.previewId, resolutions: {} }, target.deps);
          });
          clearInterval(sampler);
          max = Math.max(max, used());
          if (r.value.companies.new !== COMPANIES) throw new Error(`import made ${r.value.companies.new} companies`);
          if (r.value.rounds.new !== 2 * COMPANIES) throw new Error(`import made ${r.value.rounds.new} rounds`);
          return { ms: r.ms, peak: max - start };
        };
        const imports: number[] = [];
        const cheapImports: number[] = [];
        let peak = 0;
        for (let run = 0; run < RUNS; run++) {
          const r = await importOnce(base64);
          imports.push(r.ms);
          peak = Math.max(peak, r.peak);
          cheapImports.push((await importOnce(cheap.base64)).ms);
        }

        // The same rows, inserted as they are in one transaction: the floor an import is compared with.
        const source_ = source.db as unknown as AnyDb;
        const rows = new Map<string, Record<string, unknown>[]>();
        for (const t of TABLES) rows.set(t, (await source_.selectFrom(t).selectAll().execute()) as Record<string, unknown>[]);
        const bulks: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const target = await openStore(root);
          open.push(target);
          const r = await time(() =>
            (target.db as unknown as AnyDb).transaction().execute(async (trx) => {
              for (const t of TABLES) {
                const list = rows.get(t)!;
                // Statements as large as the import's own (≤ 500 rows, ≤ 16,000 values): the strictest floor.
                const size = Math.min(500, Math.floor(16_000 / Object.keys(list[0] ?? { x: 0 }).length));
                for (let i = 0; i < list.length; i += size)
                  await trx
                    .insertInto(t)
                    .values(list.slice(i, i + size))
                    .execute();
              }
            }),
          );
          bulks.push(r.ms);
        }
        // age's passphrase check (scrypt at its default work factor) is deliberately slow and does not grow with
        // the file: time it on an empty file so that the import's own work can be compared with a bulk insert.
        const tiny = await encrypt(pack('{}'), PASSPHRASE);
        const kdfs: number[] = [];
        for (let run = 0; run < RUNS; run++) kdfs.push((await time(() => decrypt(tiny, PASSPHRASE))).ms);
        return {
          exportMs: median(exports),
          importMs: median(imports),
          cheapImportMs: median(cheapImports),
          peakMb: peak / (1024 * 1024),
          bulkMs: median(bulks),
          kdfMs: median(kdfs),
        };
      } finally {
        for (const s of open) s.close();
        fs.rmSync(root, { recursive: true, force: true });
      }
    })());
})();

/** The exchange figures, by name; tests/bench/run.ts spreads them into its FIGURES table. */
export function exchangeFigures(): Record<string, () => Promise<Figure>> {
  return {
    async export_1000_companies_ms() {
      return { name: 'export_1000_companies_ms', value: round((await measured()).exportMs), unit: 'ms' };
    },
    async import_1000_companies_ms() {
      return { name: 'import_1000_companies_ms', value: round((await measured()).importMs), unit: 'ms' };
    },
    async import_peak_mb() {
      return { name: 'import_peak_mb', value: round((await measured()).peakMb), unit: 'MB' };
    },
    async import_ratio_vs_bulk_insert() {
      const m = await measured();
      return { name: 'import_ratio_vs_bulk_insert', value: round(m.importMs / m.bulkMs, 2), unit: 'ratio' };
    },
    async import_passphrase_check_ms() {
      return { name: 'import_passphrase_check_ms', value: round((await measured()).kdfMs), unit: 'ms' };
    },
    async import_ratio_vs_bulk_insert_after_passphrase_check() {
      const m = await measured();
      return {
        name: 'import_ratio_vs_bulk_insert_after_passphrase_check',
        value: round(m.cheapImportMs / m.bulkMs, 2),
        unit: 'ratio',
      };
    },
  };
}

/** The same store and content for the office keys' figures (tests/bench/offices.ts). */
export { openStore as openBenchStore, fill as fillExchangeStore };
