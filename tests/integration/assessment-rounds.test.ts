import { clockFrom } from '@shared/clock';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ResultOf } from '@shared/api';
import situationV1 from '../../resources/frameworks/situation-assessment.v1.json';
import catalogueV1 from '../../resources/frameworks/competence-catalogue.v1.json';
import { createRouter } from '../../src-main/ipc/router';
import { registerFrameworkVersions, situationFramework } from '../../src-main/services/frameworks';
import { seedDemoRounds } from '../../scripts/demo/rounds';
import { exportCompanies } from '../../src-main/services/exchange';
import { applyImport, clearPreviews, previewImport } from '../../src-main/services/exchange';
import { api } from '@shared/api';
import { makeTempStore } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

import { allQuestions, useAssessmentStore } from '../helpers/assessmentStore';

// The assessment services through the router on a real encrypted store: follow-ups, framework versions, demo rounds,
// erasure, company-specific competences.
const h = useAssessmentStore();
const { call, failure, refused, company, startBaseline, fillRound } = h;

describe('follow-up rounds', () => {
  it('start pre-filled from the last completed round, which stays as it was', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Surdegsbakning', en: 'Sourdough baking' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id] });
    await call('rounds.saveVision', { roundId: baseline.id, vision: 'Ett växande bageri' });
    await call('rounds.saveGoal', {
      roundId: baseline.id,
      kind: 'export_share',
      label: 'Export',
      currentValue: 0,
      targetValue: 10,
      targetYear: 2028,
      areaIds: ['strategy-leadership'],
    });
    await call('rounds.saveStrategy', { roundId: baseline.id, text: 'Mässor i Norge', areaIds: ['strategy-leadership'] });
    await call('rounds.saveAreaTarget', { roundId: baseline.id, areaId: 'strategy-leadership', targetLevel: 4 });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const before = await call('rounds.get', { roundId: baseline.id });

    await refused('assessment.dateBeforePrevious', 'rounds.start', {
      companyId: c.id,
      kind: 'followup',
      date: '2025-02-01',
      advisor: 'Karin Berg',
    });
    h.store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Per Lind' });
    expect(follow).toMatchObject({
      kind: 'followup',
      basedOnRoundId: baseline.id,
      vision: 'Ett växande bageri',
      completedAt: null,
      advisor: 'Per Lind',
    });
    const strip = (xs: Array<{ questionId: string; level: number | null; note: string | null }>) =>
      xs.map(({ questionId, level, note }) => ({ questionId, level, note })).sort((x, y) => x.questionId.localeCompare(y.questionId));
    expect(strip(follow.answers)).toEqual(strip(before.answers));
    expect(follow.areaTargets).toEqual(before.areaTargets);
    expect(
      follow.goals.map(({ kind, label, currentValue, targetValue, targetYear, areaIds }) => ({
        kind,
        label,
        currentValue,
        targetValue,
        targetYear,
        areaIds,
      })),
    ).toEqual(
      before.goals.map(({ kind, label, currentValue, targetValue, targetYear, areaIds }) => ({
        kind,
        label,
        currentValue,
        targetValue,
        targetYear,
        areaIds,
      })),
    );
    expect(follow.goals[0]!.id).not.toBe(before.goals[0]!.id);
    expect(follow.strategies.map((s) => s.text)).toEqual(['Mässor i Norge']);
    expect(follow.people.map((p) => ({ ...p }))).toEqual(before.people);
    expect(follow.customCompetences.map((x) => x.id)).toEqual([custom.id]);
    expect((await call('rounds.summary', { roundId: follow.id })).canComplete).toBe(true);

    // Editing the follow-up never touches the baseline.
    await call('rounds.saveAnswer', { roundId: follow.id, questionId: 'strategy-direction', level: 5, note: 'Ny plan' });
    await call('rounds.saveRating', { roundId: follow.id, personId: c.owner.id, competenceId: 'creativity', advisorLevel: 5 });
    expect(await call('rounds.get', { roundId: baseline.id })).toEqual(before);
    expect((await call('rounds.list', { companyId: c.id })).map((r) => r.kind)).toEqual(['baseline', 'followup']);
  });
});

describe('framework versioning', () => {
  function situationV2() {
    const fw = structuredClone(situationV1) as typeof situationV1;
    fw.version = 2;
    // The first question is replaced by a new one (a new id); everything else stays.
    fw.areas[0]!.questions[0]!.id = 'strategy-direction-v2';
    return fw;
  }
  function catalogueV2() {
    const cat = structuredClone(catalogueV1) as typeof catalogueV1;
    cat.version = 2;
    const creativity = cat.competences.find((x) => x.id === 'creativity')!;
    creativity.name = { sv: 'Kreativitet (ny text)', en: 'Creativity (new wording)' };
    return cat;
  }

  it('a round keeps its framework version: reads and writes use it while newer rounds use the newest', async () => {
    const c = await company();
    const old = await startBaseline(c.id);
    h.undo = registerFrameworkVersions({ situation: situationV2(), catalogue: catalogueV2() });

    // The v1 round still reads and validates against v1.
    await call('rounds.saveAnswer', { roundId: old.id, questionId: 'strategy-direction', level: 2 });
    await refused('assessment.unknownQuestion', 'rounds.saveAnswer', { roundId: old.id, questionId: 'strategy-direction-v2', level: 2 });
    const oldSummary = await call('rounds.summary', { roundId: old.id });
    expect(oldSummary.unansweredQuestions.map((q) => q.questionId)).not.toContain('strategy-direction-v2');
    expect(oldSummary.unansweredQuestions).toHaveLength(42);
    expect(
      (await call('frameworks.get', { situationVersion: 1, catalogueVersion: 1 })).catalogue.competences.find((x) => x.id === 'creativity')!
        .name.en,
    ).toBe('Creativity');
    expect((await call('frameworks.get', {})).situation.version).toBe(2);

    // A round stored with an older version (as an exchange from another office would bring) reads with it.
    const other = await company();
    const fresh = await startBaseline(other.id);
    expect(fresh).toMatchObject({ frameworkVersion: 2, catalogueVersion: 2 });
    await sql`UPDATE rounds SET framework_version = 1 WHERE id = ${fresh.id}`.execute(h.store.db);
    expect((await call('rounds.summary', { roundId: fresh.id })).unansweredQuestions.map((q) => q.questionId)).toContain(
      'strategy-direction',
    );
    // An unknown version is reported, not guessed.
    await sql`UPDATE rounds SET framework_version = 99 WHERE id = ${fresh.id}`.execute(h.store.db);
    expect((await failure('rounds.get', { roundId: fresh.id })).code).toBe('assessment.unknownFrameworkVersion');
  });

  it('a follow-up moves to the newest version, carrying answers over by id; edits never change a completed round', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['creativity', custom.id] });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const before = await call('rounds.get', { roundId: baseline.id });

    h.undo = registerFrameworkVersions({ situation: situationV2(), catalogue: catalogueV2() });
    // A later edit of the company's own competence (here as an import would make it).
    await h.store.db
      .withTables<{ custom_competences: { id: string; name_sv: string; name_en: string; revision: number } }>()
      .updateTable('custom_competences')
      .set({ name_sv: 'Svetsning TIG', name_en: 'TIG welding', revision: 2 })
      .where('id', '=', custom.id)
      .execute();

    const after = await call('rounds.get', { roundId: baseline.id });
    expect(after).toEqual(before);
    expect(after.customCompetences).toEqual([expect.objectContaining({ id: custom.id, name: { sv: 'Svetsning', en: 'Welding' } })]);
    expect(after).toMatchObject({ frameworkVersion: 1, catalogueVersion: 1 });

    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    expect(follow).toMatchObject({ frameworkVersion: 2, catalogueVersion: 2 });
    const answered = new Set(follow.answers.map((a) => a.questionId));
    expect(answered.has('strategy-direction')).toBe(false);
    expect(answered.has('strategy-direction-v2')).toBe(false);
    expect(follow.answers).toHaveLength(42);
    expect(follow.customCompetences).toEqual([
      expect.objectContaining({ id: custom.id, name: { sv: 'Svetsning TIG', en: 'TIG welding' } }),
    ]);
    const summary = await call('rounds.summary', { roundId: follow.id });
    expect(summary.unansweredQuestions).toEqual([{ areaId: situationFramework(2).areas[0]!.id, questionId: 'strategy-direction-v2' }]);
    expect(allQuestions(2)).toHaveLength(43);
  });
});

describe('demo rounds', () => {
  it('give enrolled and completed companies completed rounds through the real services, and prospects none', async () => {
    const enrolled = await company();
    const prospect = await company('prospect');
    const finished = await company();
    await call('companies.update', { id: finished.id, patch: { status: 'completed' } });
    let seed = 42;
    const rng = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const result = await seedDemoRounds(h.store.db, [enrolled.id, prospect.id, finished.id], rng, new Date('2025-03-01T12:00:00Z'));
    expect(result.completed).toBe(result.rounds);
    expect(await call('rounds.list', { companyId: prospect.id })).toEqual([]);
    const finishedRounds = await call('rounds.list', { companyId: finished.id });
    expect(finishedRounds.map((r) => r.kind)).toEqual(['baseline', 'followup']);
    for (const r of [...finishedRounds, ...(await call('rounds.list', { companyId: enrolled.id }))]) {
      expect(r.completedAt).not.toBeNull();
      expect(r.date <= '2025-03-01').toBe(true);
      const s = await call('rounds.summary', { roundId: r.id });
      expect(s.canComplete).toBe(true);
      expect(new Set(s.areas.map((a) => a.score)).size).toBeGreaterThan(1);
    }
    const baseline = await call('rounds.get', { roundId: finishedRounds[0]!.id });
    expect(baseline.vision).toBeTruthy();
    expect(baseline.goals.length).toBeGreaterThanOrEqual(2);
    expect(baseline.people.flatMap((p) => p.competences).some((c) => c.disagreement)).toBe(true);
  });
});

describe('erasing a person', () => {
  it('takes them out of every round and activity, and moves those records on so the erasure travels', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const activity = await call('activities.create', {
      companyId: c.id,
      title: 'Kurs i försäljning',
      personIds: [c.owner.id, c.employee.id],
    });
    const roundBefore = await call('rounds.get', { roundId: baseline.id });
    expect(roundBefore.people.map((p) => p.personId)).toContain(c.employee.id);

    await call('people.delete', { id: c.employee.id });

    const roundAfter = await call('rounds.get', { roundId: baseline.id });
    expect(roundAfter.people.map((p) => p.personId)).not.toContain(c.employee.id);
    expect(roundAfter.revision).toBe(roundBefore.revision + 1);
    expect(roundAfter.completedAt).toBe(roundBefore.completedAt);
    const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM round_person_competences WHERE person_id = ${c.employee.id}`.execute(
      h.store.db,
    );
    expect(rows.rows[0]!.n).toBe(0);

    const plan = await call('plans.get', { companyId: c.id });
    const after = plan.activities.find((a) => a.id === activity.id)!;
    expect(after.personIds).toEqual([c.owner.id]);
    expect(after.revision).toBe(activity.revision + 1);
  });
});

describe('editing and deleting a company-specific competence', () => {
  async function tombstoneOf(id: string) {
    return (
      await sql<{ entity: string; entity_id: string; deleted_at: string; revision: number }>`
      SELECT entity, entity_id, deleted_at, revision FROM tombstones WHERE entity_id = ${id}`.execute(h.store.db)
    ).rows;
  }

  it('an edit moves the revision on and shows in the company list and open rounds, never in a completed one', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id] });

    h.store.clock.advance(1000);
    const edited = await call('competences.updateCustom', {
      id: custom.id,
      patch: {
        name: { sv: 'TIG-svetsning', en: '' },
        description: { sv: 'Svetsning av rostfritt', en: 'Welding stainless steel' },
        levels: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: { sv: `Nivå ${level}`, en: '' } })),
      },
    });
    expect(edited).toMatchObject({
      id: custom.id,
      custom: true,
      name: { sv: 'TIG-svetsning', en: 'TIG-svetsning' },
      description: { sv: 'Svetsning av rostfritt', en: 'Welding stainless steel' },
      revision: 2,
    });
    expect(edited.levels?.[2]).toEqual({ level: 3, descriptor: { sv: 'Nivå 3', en: 'Nivå 3' } });
    const row = (
      await sql<{
        updated_at: string;
        created_at: string;
      }>`SELECT updated_at, created_at FROM custom_competences WHERE id = ${custom.id}`.execute(h.store.db)
    ).rows[0]!;
    expect(row.updated_at > row.created_at).toBe(true);
    expect((await call('competences.listForCompany', { companyId: c.id })).competences.find((x) => x.id === custom.id)).toEqual(edited);
    expect((await call('rounds.get', { roundId: baseline.id })).customCompetences).toEqual([edited]);

    // Only the given fields change; nothing given, nothing changes (no new revision).
    const renamed = await call('competences.updateCustom', { id: custom.id, patch: { name: { sv: 'TIG-svetsning', en: 'TIG welding' } } });
    expect(renamed).toMatchObject({
      name: { sv: 'TIG-svetsning', en: 'TIG welding' },
      description: edited.description,
      levels: edited.levels,
      revision: 3,
    });
    expect(await call('competences.updateCustom', { id: custom.id, patch: {} })).toEqual(renamed);
    const cleared = await call('competences.updateCustom', { id: custom.id, patch: { description: null, levels: null } });
    expect(cleared).toMatchObject({ description: null, levels: null, revision: 4 });

    // A completed round keeps the competence as it was at completion.
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const before = await call('rounds.get', { roundId: baseline.id });
    await call('competences.updateCustom', { id: custom.id, patch: { name: { sv: 'MIG-svetsning', en: 'MIG welding' } } });
    expect(await call('rounds.get', { roundId: baseline.id })).toEqual(before);
    expect(before.customCompetences[0]!.name).toEqual({ sv: 'TIG-svetsning', en: 'TIG welding' });
  });

  it('a deletion writes a tombstone and takes the ratings out of open rounds, leaving completed rounds as they were', async () => {
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Surdegsbakning', en: 'Sourdough baking' } });
    const kept = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Konditori', en: 'Confectionery' } });
    await call('rounds.setPersonCompetences', {
      roundId: baseline.id,
      personId: c.employee.id,
      competenceIds: ['sales', custom.id, kept.id],
    });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.owner.id, competenceIds: ['creativity', custom.id] });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    const completedBefore = await call('rounds.get', { roundId: baseline.id });
    h.store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    await call('rounds.saveRating', { roundId: follow.id, personId: c.employee.id, competenceId: custom.id, required: 5, note: 'Ny ugn' });
    const openBefore = await call('rounds.get', { roundId: follow.id });
    expect(openBefore.people.find((p) => p.personId === c.employee.id)!.competences.map((r) => r.competenceId)).toEqual([
      'sales',
      custom.id,
      kept.id,
    ]);
    const activity = await call('activities.create', { companyId: c.id, title: 'Bakkurs', competenceIds: [custom.id, 'sales'] });
    const other = await company();
    const otherRound = await startBaseline(other.id);

    h.store.clock.advance(1000);
    expect(await call('competences.deleteCustom', { id: custom.id })).toEqual({ deleted: true });

    expect(await tombstoneOf(custom.id)).toEqual([
      { entity: 'custom_competence', entity_id: custom.id, deleted_at: h.store.clock.now().toISOString(), revision: 2 },
    ]);
    expect((await call('competences.listForCompany', { companyId: c.id })).competences.filter((x) => x.custom).map((x) => x.id)).toEqual([
      kept.id,
    ]);

    // The open round: ratings gone, others untouched, revision moved on so the change travels.
    const openAfter = await call('rounds.get', { roundId: follow.id });
    expect(openAfter.revision).toBe(openBefore.revision + 1);
    expect(openAfter.customCompetences.map((x) => x.id)).toEqual([kept.id]);
    for (const p of openAfter.people) expect(p.competences.map((r) => r.competenceId)).not.toContain(custom.id);
    expect(openAfter.people.find((p) => p.personId === c.employee.id)!.competences.map((r) => r.competenceId)).toEqual(['sales', kept.id]);
    const left = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM round_person_competences WHERE round_id = ${follow.id} AND competence_id = ${custom.id}`.execute(
      h.store.db,
    );
    expect(left.rows[0]!.n).toBe(0);
    expect((await call('rounds.summary', { roundId: follow.id })).unratedPairs.some((x) => x.competenceId === custom.id)).toBe(false);

    // The completed round: exactly as before, still naming the competence from its snapshot.
    const completedAfter = await call('rounds.get', { roundId: baseline.id });
    expect(completedAfter).toEqual(completedBefore);
    expect(completedAfter.customCompetences.find((x) => x.id === custom.id)?.name).toEqual({
      sv: 'Surdegsbakning',
      en: 'Sourdough baking',
    });
    expect(completedAfter.people.find((p) => p.personId === c.owner.id)!.competences.map((r) => r.competenceId)).toContain(custom.id);

    // Another company's round is not touched; the activity no longer refers to it.
    expect((await call('rounds.get', { roundId: otherRound.id })).revision).toBe(otherRound.revision);
    const after = (await call('plans.get', { companyId: c.id })).activities.find((x) => x.id === activity.id)!;
    expect(after.competenceIds).toEqual(['sales']);
    expect(after.revision).toBe(activity.revision + 1);

    // Gone means gone: it can no longer be rated, edited or deleted.
    await refused('assessment.unknownCompetence', 'rounds.saveRating', {
      roundId: follow.id,
      personId: c.owner.id,
      competenceId: custom.id,
      required: 2,
    });
    await refused('assessment.unknownCompetence', 'competences.updateCustom', { id: custom.id, patch: { name: { sv: 'X', en: 'X' } } });
    await refused('assessment.unknownCompetence', 'competences.deleteCustom', { id: custom.id });
  });

  it('a deletion travels: another office that had the competence drops it from the open round, keeps the completed one', async () => {
    const PASS = 'exchange passphrase 2025';
    const transfer = async (to: TempStore) => {
      const input = api['exchange.export'].input.parse({ companyIds: 'all', passphrase: PASS, confirmation: PASS });
      const file = await exportCompanies(h.store.db, input, { ...clockFrom(h.store.clock.now), scryptWorkFactor: 10 });
      const preview = await previewImport(to.db, { base64: file.base64, passphrase: PASS }, to.deps);
      expect(preview.companies.flatMap((x) => x.conflicts)).toEqual([]);
      await applyImport(to.db, { previewId: preview.previewId, resolutions: {} }, to.deps);
    };
    const c = await company();
    const baseline = await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Surdegsbakning', en: 'Sourdough baking' } });
    await call('rounds.setPersonCompetences', { roundId: baseline.id, personId: c.employee.id, competenceIds: ['sales', custom.id] });
    await fillRound(baseline.id);
    await call('rounds.complete', { roundId: baseline.id, completedBy: 'Karin Berg' });
    h.store.clock.advance(1000);
    const follow = await call('rounds.start', { companyId: c.id, kind: 'followup', date: '2025-09-01', advisor: 'Karin Berg' });
    await call('activities.create', { companyId: c.id, title: 'Bakkurs', competenceIds: [custom.id] });

    const other = await makeTempStore();
    try {
      clearPreviews();
      await transfer(other);
      const otherRouter = createRouter(other.session);
      const get = async (roundId: string) => {
        const r = await otherRouter.handle('rounds.get', { roundId });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        return r.value as ResultOf<'rounds.get'>;
      };
      expect((await get(follow.id)).customCompetences.map((x) => x.id)).toEqual([custom.id]);

      h.store.clock.advance(1000);
      await call('competences.deleteCustom', { id: custom.id });
      other.clock.advance(5000);
      await transfer(other);

      const openThere = await get(follow.id);
      expect(openThere.customCompetences).toEqual([]);
      expect(openThere).toEqual(await call('rounds.get', { roundId: follow.id }));
      const completedThere = await get(baseline.id);
      expect(completedThere.customCompetences.map((x) => x.name.sv)).toEqual(['Surdegsbakning']);
      expect(completedThere).toEqual(await call('rounds.get', { roundId: baseline.id }));
      const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM custom_competences WHERE id = ${custom.id}`.execute(other.db);
      expect(rows.rows[0]!.n).toBe(0);
    } finally {
      other.cleanup();
    }
  });

  it('refuses unknown ids and bad input, storing nothing', async () => {
    const c = await company();
    await startBaseline(c.id);
    const custom = await call('competences.createCustom', { companyId: c.id, name: { sv: 'Svetsning', en: 'Welding' } });
    const unknown = '01900000-0000-7000-8000-000000000000';
    const err = await refused('assessment.unknownCompetence', 'competences.updateCustom', {
      id: unknown,
      patch: { name: { sv: 'X', en: 'X' } },
    });
    expect(err.params).toEqual({ competenceId: unknown });
    await refused('assessment.unknownCompetence', 'competences.deleteCustom', { id: unknown });
    await refused('validation', 'competences.deleteCustom', { id: 'sales' });
    await refused('validation', 'competences.updateCustom', { id: custom.id, patch: { name: { sv: '', en: '' } } });
    await refused('validation', 'competences.updateCustom', {
      id: custom.id,
      patch: { levels: [{ level: 1, descriptor: { sv: 'a', en: 'a' } }] },
    });
    await refused('validation', 'competences.updateCustom', { id: custom.id, patch: { companyId: c.id } });
    expect((await call('competences.listForCompany', { companyId: c.id })).competences.find((x) => x.id === custom.id)).toEqual(custom);
  });
});
