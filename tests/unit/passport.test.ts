import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { printDocumentSchema } from '@shared/api/print';
import { parsePrintHash, printHash } from '@shared/api/printRoute';
import type { Passport } from '@shared/api/passport';
import { elmDate, elmPassportSchema, elmWorkload, toElmPassport } from '@shared/domain/passportElm';
import type { ElmLabels } from '@shared/domain/passportElm';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

const LABELS: ElmLabels = {
  title: 'Kompetenspass',
  roundTitle: (r) => `Omgång ${r.date}`,
  self: 'Självskattning',
  advisor: 'Rådgivarens bedömning',
  learningWishes: 'Vill lära mig',
  programme: 'Programmet',
};

const PASSPORT: Passport = {
  personId: ID,
  name: 'Åsa Öberg',
  workplace: 'Bageriet AB',
  office: 'Kontor Norr',
  advisor: 'Karin Berg',
  issuedOn: '2026-11-30',
  consentAt: '2026-11-02',
  ratingsShared: true,
  rounds: [
    {
      roundId: '0193a1b2-c3d4-7e5f-8a9b-000000000001',
      kind: 'baseline',
      date: '2026-03-01',
      ratings: [
        { competenceId: 'ec-ideas', name: { sv: 'Idéer', en: 'Ideas' }, selfLevel: 3, advisorLevel: null },
        { competenceId: 'dc-data', name: { sv: 'Data', en: 'Data' }, selfLevel: 2, advisorLevel: 4 },
      ],
    },
  ],
  activities: [
    {
      id: ID,
      title: 'Kurs',
      type: { sv: 'Kurs', en: 'Course' },
      provider: 'Lärcentrum',
      from: '2026-04-01',
      to: '2026-04-08',
      hours: 12.25,
    },
    { id: '0193a1b2-c3d4-7e5f-8a9b-000000000002', title: 'Mentorskap', type: null, provider: null, from: null, to: null, hours: null },
  ],
  learningWishes: 'Bokföring',
};

describe('the passport’s print route', () => {
  it('names the person, reads back what it writes, and the print.pdf channel takes it', () => {
    expect(printHash({ document: 'passport', personId: ID, language: 'sv' })).toBe(`#/print/passport/${ID}/sv`);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom('sv' as const, 'en' as const), fc.boolean(), (personId, language, auto) => {
        const route = { document: 'passport' as const, personId, language, auto };
        expect(parsePrintHash(printHash(route))).toEqual(route);
      }),
    );
    expect(parsePrintHash('#/print/passport/x/2026-11/sv')).toBeNull();
    expect(printDocumentSchema.safeParse({ document: 'passport', personId: ID, language: 'en' }).success).toBe(true);
    expect(printDocumentSchema.safeParse({ document: 'passport', companyId: ID, language: 'en' }).success).toBe(false);
  });
});

describe('the passport as an ELM 3 (Europass) credential', () => {
  it('writes hours as ISO 8601 durations and dates at noon UTC', () => {
    expect([12.25, 5.5, 3, 0.25, 0].map(elmWorkload)).toEqual(['PT12H15M', 'PT5H30M', 'PT3H', 'PT15M', 'PT0M']);
    expect(elmDate('2026-04-01')).toBe('2026-04-01T12:00:00Z');
  });

  it('holds every part of the passport in ELM’s terms, and our schema of it accepts it', () => {
    const c = elmPassportSchema.parse(toElmPassport(PASSPORT, 'sv', LABELS));
    expect(c.issuer).toEqual({ type: 'Organisation', legalName: { sv: 'Kontor Norr' } });
    expect(c.credentialSubject).toMatchObject({ id: `urn:uuid:${ID}`, type: 'Person', fullName: { sv: 'Åsa Öberg' } });
    const [course, mentoring, round] = c.credentialSubject.hasClaim;
    expect(course).toMatchObject({
      type: 'LearningActivity',
      workload: 'PT12H15M',
      temporal: [{ type: 'PeriodOfTime', startDate: '2026-04-01T12:00:00Z', endDate: '2026-04-08T12:00:00Z' }],
      directedBy: [{ type: 'Organisation', legalName: { sv: 'Lärcentrum' } }],
      specifiedBy: { type: 'LearningActivitySpecification', title: { sv: 'Kurs', en: 'Course' } },
    });
    expect(mentoring).toMatchObject({ temporal: [], directedBy: [] });
    expect(mentoring).not.toHaveProperty('workload');
    // One assessment per competence and rater that gave a level: 3 of the 4 possible.
    expect(round).toMatchObject({ type: 'Assessment', title: { sv: 'Omgång 2026-03-01' }, dateIssued: '2026-03-01T12:00:00Z' });
    const parts = 'hasPart' in round! ? round.hasPart : [];
    expect(parts.map((p) => [p.title, p.grade.noteLiteral])).toEqual([
      [{ sv: 'Idéer (Självskattning)' }, { sv: '3 / 5' }],
      [{ sv: 'Data (Självskattning)' }, { sv: '2 / 5' }],
      [{ sv: 'Data (Rådgivarens bedömning)' }, { sv: '4 / 5' }],
    ]);
    expect(parts[0]!.assessedBy).toEqual([{ id: `urn:uuid:${ID}`, type: 'Person', fullName: { sv: 'Åsa Öberg' } }]);
    expect(c.credentialSubject.additionalNote).toEqual([
      { type: 'Note', noteLiteral: { sv: 'Bokföring' }, subject: { type: 'Concept', prefLabel: { sv: 'Vill lära mig' } } },
    ]);
  });

  it('without an office, ratings or wishes is still a valid credential, in English too', () => {
    const bare = { ...PASSPORT, office: null, rounds: [], ratingsShared: false, learningWishes: null };
    const c = elmPassportSchema.parse(toElmPassport(bare, 'en', LABELS));
    expect(c.issuer.legalName).toEqual({ en: 'Programmet' });
    expect(c.credentialSubject.additionalNote).toEqual([]);
    expect(c.displayParameter.primaryLanguage.id).toBe('http://publications.europa.eu/resource/authority/language/ENG');
  });

  it('refuses what is not the credential’s shape', () => {
    const c = toElmPassport(PASSPORT, 'sv', LABELS);
    expect(elmPassportSchema.safeParse({ ...c, extra: 1 }).success).toBe(false);
    expect(elmPassportSchema.safeParse({ ...c, issuanceDate: '2026-11-30' }).success).toBe(false);
    expect(elmPassportSchema.safeParse({ ...c, credentialSubject: { ...c.credentialSubject, fullName: {} } }).success).toBe(false);
  });
});
