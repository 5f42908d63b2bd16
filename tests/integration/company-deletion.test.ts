import { clockFrom } from '@shared/clock';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, ResultOf } from '@shared/api';
import { createRouter } from '../../src-main/ipc/router';
import { encrypt, pack } from '../../src-main/services/exchange/crypto';
import { applyImport, buildExchangeFile, clearPreviews, exportCompanies, previewImport } from '../../src-main/services/exchange';
import type { Database } from '../../src-main/store/schema';
import { makeTempStore, orgNumberFor } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/**
 * A company deleted in the register and the same company deleted by an imported tombstone leave the same store:
 * the same rows gone (the company, its people, and by cascade its rounds, plan, activities and own competences)
 * and the same tombstones. Both go through companies' removeCompany.
 */

const PASS = 'deletion passphrase 2025';
const FAST = 10;
const TABLES = [
  'companies',
  'people',
  'rounds',
  'round_answers',
  'round_area_targets',
  'round_people',
  'round_person_competences',
  'goals',
  'strategies',
  'custom_competences',
  'plans',
  'activities',
  'tombstones',
];

const stores: TempStore[] = [];
beforeEach(() => clearPreviews());
afterEach(() => {
  for (const s of stores.splice(0)) s.cleanup();
});

async function call<C extends ChannelName>(s: TempStore, channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await createRouter(s.session).handle(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as ResultOf<C>;
}

/** Two companies (one to delete, one to keep), each with people, a round with a goal, a competence of its own and a plan. */
async function seeded(s: TempStore): Promise<string[]> {
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const c = await call(s, 'companies.create', {
      name: `Raderingsföretag ${n} AB`,
      orgNumber: orgNumberFor(400 + n),
      status: 'enrolled',
      growthAmbition: true,
      growthAmbitionDate: '2025-01-15',
      consentBy: 'Anna Ägare',
      consentAt: '2025-01-15',
    });
    const owner = await call(s, 'people.create', { companyId: c.id, name: 'Anna Ägare', role: 'owner' });
    await call(s, 'people.create', { companyId: c.id, name: 'Erik Anställd', role: 'employee' });
    const custom = await call(s, 'competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    const round = await call(s, 'rounds.start', { companyId: c.id, kind: 'baseline', date: '2025-02-15', advisor: 'Karin Berg' });
    await call(s, 'rounds.saveGoal', {
      roundId: round.id,
      kind: 'employees',
      currentValue: 3,
      targetValue: 10,
      targetYear: 2030,
      areaIds: [],
    });
    await call(s, 'rounds.saveStrategy', { roundId: round.id, text: 'Anställ en säljare', areaIds: [] });
    await call(s, 'rounds.saveRating', { roundId: round.id, personId: owner.id, competenceId: custom.id, required: 4, selfLevel: 2 });
    await call(s, 'activities.create', {
      companyId: c.id,
      title: 'Svetskurs',
      typeId: 'course',
      personIds: [owner.id],
      competenceIds: [custom.id],
    });
    ids.push(c.id);
  }
  return ids;
}

/** The register's tables and the tombstones, row for row. */
async function state(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = (await sql`SELECT * FROM ${sql.table(t)} ORDER BY 1, 2`.execute(db)).rows;
  return out;
}

async function sealed(s: TempStore, keepTombstone: (t: { entity: string }) => boolean): Promise<string> {
  const file = await buildExchangeFile(s.db, 'all', { office: 'Örebro', advisor: 'Karin', exportedAt: s.clock.now().toISOString() });
  const content = { ...file, tombstones: file.tombstones.filter(keepTombstone) };
  return Buffer.from(await encrypt(pack(JSON.stringify(content)), PASS, FAST)).toString('base64');
}

/**
 * Office A and office B with the same data; A then deletes the first company in the register, at the same moment
 * B imports the deletion (taking the file's side of a conflict, if there is one).
 */
async function deletedOnBothSides(keepTombstone: (t: { entity: string }) => boolean) {
  const a = await makeTempStore();
  const b = await makeTempStore();
  stores.push(a, b);
  const ids = await seeded(a);
  const input = { companyIds: 'all' as const, passphrase: PASS, confirmation: PASS };
  const initial = await exportCompanies(a.db, input, { ...clockFrom(a.clock.now), scryptWorkFactor: FAST });
  await applyImport(
    b.db,
    { previewId: (await previewImport(b.db, { base64: initial.base64, passphrase: PASS }, b.deps)).previewId, resolutions: {} },
    b.deps,
  );
  expect(await state(b.db)).toEqual(await state(a.db));

  a.clock.advance(3_600_000);
  b.clock.set(a.clock.now());
  await call(a, 'companies.delete', { id: ids[0]! });
  const preview = await previewImport(b.db, { base64: await sealed(a, keepTombstone), passphrase: PASS }, b.deps);
  const theirs = Object.fromEntries(preview.companies.flatMap((c) => c.conflicts).map((c) => [c.key, 'theirs' as const]));
  const counts = await applyImport(b.db, { previewId: preview.previewId, resolutions: theirs }, b.deps);
  return { a, b, ids, preview, counts };
}

describe('deleting a company', () => {
  it('by an imported tombstone leaves the same rows and tombstones as the register does', async () => {
    const { a, b, ids, preview, counts } = await deletedOnBothSides(() => true);
    expect(preview.counts.companies).toMatchObject({ deleted: 1, conflicts: 0 });
    expect(counts.people.deleted).toBe(2);
    const after = await state(b.db);
    expect(after).toEqual(await state(a.db));
    expect((after['companies'] as Array<{ id: string }>).map((c) => c.id)).toEqual([ids[1]]);
    // The other company keeps everything it had.
    for (const t of TABLES.filter((x) => x !== 'round_answers' && x !== 'round_area_targets'))
      expect(after[t]!.length, t).toBeGreaterThan(0);
    // What went by cascade leaves tombstones too, so that its deletion travels (companies/childTombstones.ts).
    expect((after['tombstones'] as Array<{ entity: string }>).map((t) => t.entity).sort()).toEqual([
      'activity',
      'company',
      'custom_competence',
      'person',
      'person',
      'plan',
      'round',
    ]);
  });

  it("by a file that carries only the company's tombstone, taken over the people here: as in the register", async () => {
    const { a, b, preview, counts } = await deletedOnBothSides((t) => t.entity === 'company');
    // People here that the file does not delete make it the advisor's call; taking the file's side removes them too.
    expect(preview.counts.companies).toMatchObject({ deleted: 0, conflicts: 1 });
    expect(counts.people.deleted).toBe(2);
    expect(counts.companies.deleted).toBe(1);
    expect(await state(b.db)).toEqual(await state(a.db));
  });
});
