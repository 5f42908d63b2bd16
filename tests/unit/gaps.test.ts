import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoundDetail } from '@shared/api/assessments';
import {
  analyseCompany,
  cellGap,
  compareGaps,
  gapInputFromRound,
  gapOf,
  progressBetween,
  type GapInput,
  type GapPersonInput,
} from '@shared/domain/gaps';
import type { CompetenceCatalogue, SituationFramework } from '@shared/domain/frameworks';
import catalogueJson from '../../resources/frameworks/competence-catalogue.v1.json';
import situationJson from '../../resources/frameworks/situation-assessment.v1.json';

const catalogue = catalogueJson as unknown as CompetenceCatalogue;
const situation = situationJson as unknown as SituationFramework;

const person = (id: string, ratings: Array<[string, number | null, number | null, number | null]>): GapPersonInput => ({
  id,
  name: `Name ${id}`,
  role: 'employee',
  ratings: ratings.map(([competenceId, required, self, advisor]) => ({ competenceId, required, self, advisor })),
});

/** Hand-computed example: two people, three competences (priorities 1, 2, 3 → weights 3, 2, 1). */
const example: GapInput = {
  roundId: 'r1',
  competences: [
    { id: 'sales', groupId: 'g', priority: 1 },
    { id: 'finance', groupId: 'g', priority: 2 },
    { id: 'excel', groupId: null, priority: 3 },
  ],
  people: [
    person('p1', [
      ['sales', 4, 2, null], // current 2 (self), gap 2, weighted 6
      ['finance', 3, 5, 1], // current 1 (advisor), gap 2, weighted 4, disagreement (|5−1| = 4)
      ['excel', 2, 3, 3], // gap 0
    ]),
    person('p2', [
      ['sales', 3, 3, 4], // gap 0
      ['finance', 5, 4, 3], // gap 2, weighted 4, no disagreement (|4−3| = 1)
      ['excel', 4, null, null], // unrated
    ]),
  ],
  areas: [
    { id: 'a', levels: [2, 3, 4], questionCount: 4, targetLevel: 5 },
    { id: 'b', levels: [], questionCount: 3, targetLevel: null },
  ],
};

describe('gap math: hand-computed examples', () => {
  it('computes gaps from the advisor level where given, else the self level, never below zero', () => {
    expect(gapOf(4, 2)).toBe(2);
    expect(gapOf(2, 5)).toBe(0);
    expect(gapOf(null, 3)).toBeNull();
    expect(gapOf(3, null)).toBeNull();
    expect(cellGap('p', { competenceId: 'c', required: 4, self: 1, advisor: 3 }, 1)).toMatchObject({
      current: 3,
      gap: 1,
      weighted: 3,
      disagreement: true,
    });
    expect(cellGap('p', { competenceId: 'c', required: 4, self: 2, advisor: 3 }, 3)).toMatchObject({
      gap: 1,
      weighted: 1,
      disagreement: false,
    });
  });

  it('totals per person, largest gaps, coverage and vulnerability', () => {
    const a = analyseCompany(example);
    const [p1, p2] = a.people;
    expect(p1).toMatchObject({ totalGap: 4, weightedTotal: 10, rated: 3 });
    expect(p1!.largest.map((c) => c.competenceId)).toEqual(['sales', 'finance']);
    expect(p1!.cells.find((c) => c.competenceId === 'finance')!.disagreement).toBe(true);
    expect(p2).toMatchObject({ totalGap: 2, weightedTotal: 4, rated: 2 });
    expect(p2!.cells.find((c) => c.competenceId === 'excel')!.gap).toBeNull();
    expect(a.coverage).toEqual([
      { competenceId: 'sales', holders: 2, meeting: 1, vulnerable: true },
      { competenceId: 'finance', holders: 2, meeting: 0, vulnerable: true },
      { competenceId: 'excel', holders: 2, meeting: 1, vulnerable: true },
    ]);
  });

  it('profiles the areas as levels and 0–100 scores', () => {
    const a = analyseCompany(example);
    expect(a.areas).toEqual([
      { areaId: 'a', answered: 3, total: 4, currentLevel: 3, currentScore: 50, targetLevel: 5, targetScore: 100 },
      { areaId: 'b', answered: 0, total: 3, currentLevel: null, currentScore: null, targetLevel: null, targetScore: null },
    ]);
  });

  it('ranks the top gaps by weighted gap, gap, competence id and person id', () => {
    const a = analyseCompany(example);
    expect(a.topGaps.map((c) => `${c.personId}:${c.competenceId}:${c.weighted}`)).toEqual(['p1:sales:6', 'p1:finance:4', 'p2:finance:4']);
  });

  it('measures progress between a baseline and a follow-up', () => {
    const followup: GapInput = {
      ...example,
      roundId: 'r2',
      people: [
        person('p1', [
          ['sales', 4, 3, 4],
          ['finance', 3, 3, 2],
          ['excel', 2, 3, 3],
        ]),
        person('p2', [
          ['sales', 3, 3, 4],
          ['finance', 5, 4, 5],
          ['excel', 4, 2, null],
        ]),
      ],
      areas: [
        { id: 'a', levels: [4, 4, 4, 4], questionCount: 4, targetLevel: 5 },
        { id: 'b', levels: [3], questionCount: 3, targetLevel: null },
      ],
    };
    const p = progressBetween(analyseCompany(example), analyseCompany(followup));
    expect(p.areas).toEqual([
      { areaId: 'a', fromScore: 50, toScore: 75, change: 25 },
      { areaId: 'b', fromScore: null, toScore: 50, change: null },
    ]);
    expect(p.people).toEqual([
      { personId: 'p1', name: 'Name p1', fromGap: 4, toGap: 1, gapChange: -3 },
      { personId: 'p2', name: 'Name p2', fromGap: 2, toGap: 2, gapChange: 0 },
    ]);
    // finance: levels 1,3 (mean 2) → 2,5 (3.5); gaps 2+2 → 1+0
    expect(p.competences.find((c) => c.competenceId === 'finance')).toEqual({
      competenceId: 'finance',
      fromLevel: 2,
      toLevel: 3.5,
      change: 1.5,
      fromGap: 4,
      toGap: 1,
      gapChange: -3,
    });
  });

  it('adapts a rounds.get result with catalogue priorities and area answers', () => {
    const area = situation.areas[0]!;
    const comp = catalogue.competences[0]!;
    const round = {
      id: 'round-1',
      answers: [
        { questionId: area.questions[0]!.id, level: 2, note: null, updatedAt: '' },
        { questionId: area.questions[1]!.id, level: null, note: null, updatedAt: '' },
      ],
      areaTargets: [{ areaId: area.id, targetLevel: 4 }],
      customCompetences: [],
      people: [
        {
          personId: 'p',
          name: 'P',
          role: 'owner',
          jobTitle: null,
          pending: false,
          competences: [
            { competenceId: comp.id, requiredLevel: 4, selfLevel: 2, advisorLevel: null, note: null, disagreement: false },
            { competenceId: 'custom-x', requiredLevel: 3, selfLevel: 1, advisorLevel: 2, note: null, disagreement: true },
          ],
        },
      ],
    } as unknown as RoundDetail;
    const input = gapInputFromRound(round, { situation, catalogue });
    expect(input.competences).toEqual([
      { id: comp.id, groupId: comp.groupId, priority: comp.defaultPriority },
      { id: 'custom-x', groupId: null, priority: 2 },
    ]);
    expect(input.areas[0]).toEqual({ id: area.id, levels: [2], questionCount: area.questions.length, targetLevel: 4 });
    expect(input.areas).toHaveLength(situation.areas.length);
    expect(input.people[0]!.ratings[1]).toEqual({ competenceId: 'custom-x', required: 3, self: 1, advisor: 2 });
  });
});

// ---------- properties ----------

const level = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const rating = fc.record({ required: level, self: level, advisor: level });
const competenceIds = ['c1', 'c2', 'c3', 'c4', 'c5'];

const gapInput: fc.Arbitrary<GapInput> = fc
  .record({
    priorities: fc.array(fc.constantFrom(1 as const, 2 as const, 3 as const), { minLength: 5, maxLength: 5 }),
    people: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
        ratings: fc.array(rating, { minLength: 5, maxLength: 5 }),
        take: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 6, selector: (p) => p.id },
    ),
    areaLevels: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ priorities, people, areaLevels }) => ({
    roundId: 'r',
    competences: competenceIds.map((id, i) => ({ id, groupId: null, priority: priorities[i]! })),
    people: people.map((p) => ({
      id: p.id,
      name: p.id,
      role: 'employee' as const,
      ratings: p.ratings.slice(0, p.take).map((r, i) => ({ competenceId: competenceIds[i]!, ...r })),
    })),
    areas: areaLevels.map((levels, i) => ({ id: `a${i}`, levels, questionCount: 5, targetLevel: 3 })),
  }));

describe('gap math: properties', () => {
  it('never gives a negative gap', () => {
    fc.assert(
      fc.property(gapInput, (input) => {
        for (const p of analyseCompany(input).people) {
          expect(p.totalGap).toBeGreaterThanOrEqual(0);
          for (const c of p.cells) {
            if (c.gap !== null) expect(c.gap).toBeGreaterThanOrEqual(0);
            if (c.weighted !== null) expect(c.weighted).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });

  it('never raises the gap when a self or advisor rating is raised', () => {
    fc.assert(
      fc.property(
        rating,
        fc.constantFrom('self' as const, 'advisor' as const),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        (r, which, by, priority) => {
          const given = r[which];
          fc.pre(given !== null); // giving a first rating is not raising one
          const before = cellGap('p', { competenceId: 'c', ...r }, priority);
          const raised = { ...r, [which]: Math.min(5, given + by) };
          const after = cellGap('p', { competenceId: 'c', ...raised }, priority);
          if (before.gap !== null) {
            expect(after.gap).not.toBeNull();
            expect(after.gap!).toBeLessThanOrEqual(before.gap);
            expect(after.weighted!).toBeLessThanOrEqual(before.weighted!);
          }
        },
      ),
    );
  });

  it('shows no progress between a round and itself', () => {
    fc.assert(
      fc.property(gapInput, (input) => {
        const a = analyseCompany(input);
        const p = progressBetween(a, a);
        for (const x of p.areas) expect(x.change === null || x.change === 0).toBe(true);
        for (const x of p.competences) {
          expect(x.change === null || x.change === 0).toBe(true);
          expect(x.gapChange === null || x.gapChange === 0).toBe(true);
        }
        for (const x of p.people) expect(x.gapChange === null || x.gapChange === 0).toBe(true);
      }),
    );
  });

  it('ranks the same gaps in the same order whatever the input order', () => {
    fc.assert(
      fc.property(
        gapInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.people, { minLength: input.people.length, maxLength: input.people.length }),
            fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          ),
        ),
        ([input, shuffledPeople, reverse]) => {
          const shuffled: GapInput = {
            ...input,
            people: shuffledPeople.map((p, i) => (reverse[i] ? { ...p, ratings: [...p.ratings].reverse() } : p)),
          };
          const key = (g: GapInput) => analyseCompany(g).topGaps.map((c) => `${c.personId}/${c.competenceId}/${c.weighted}`);
          expect(key(shuffled)).toEqual(key(input));
          const ranked = analyseCompany(input).topGaps;
          for (let i = 1; i < ranked.length; i++) expect(compareGaps(ranked[i - 1]!, ranked[i]!)).toBeLessThan(0);
        },
      ),
    );
  });
});
