import { describe, expect, it } from 'vitest';
import type { Passport } from '@shared/api/passport';
import { elmPassportSchema } from '@shared/domain/passportElm';
import { personRecordSchema } from '../../src-main/services/exchange/format';
import { useAssessmentStore } from '../helpers/assessmentStore';
import { expectRefused, tableState } from '../helpers/refusal';

/**
 * A participant's competence passport (issue 16), through the router on a real encrypted store: only with the
 * person's consent (refused without, storing nothing), only their own ratings in completed rounds and only when they
 * agreed to share them, only the activities they completed with their own hours, and nothing of the company's figures,
 * its other people, notes or follow-up details.
 */

const h = useAssessmentStore();
const SECRET = 'HEMLIG-INTERN-ANTECKNING';

async function participant() {
  const { call } = h;
  const company = await h.company();
  const round = await h.startBaseline(company.id);
  await h.fillRound(round.id);
  await call('rounds.complete', { roundId: round.id, completedBy: 'Karin Berg' });
  h.store.clock.set(new Date('2025-06-02T09:00:00.000Z'));
  await call('companies.update', { id: company.id, patch: { employees: 9, contactPhone: '070-123 45 67' } });
  const provider = await call('providers.create', { name: 'Lärcentrum Öst', kind: 'education_provider' });
  const erik = company.employee;
  const anna = company.owner;
  const activity = (title: string, extra: Record<string, unknown> = {}) =>
    call('activities.create', { companyId: company.id, title, level: 'company', personIds: [erik.id, anna.id], ...extra });
  const course = await activity('Kurs i bokföring', { typeId: 'course', providerId: provider.id, plannedStart: '2025-04-01' });
  const workshop = await activity('Verkstad: digitala verktyg', { plannedStart: '2025-05-05', plannedEnd: '2025-05-06' });
  const planned = await activity('Planerad mässa');
  const missed = await activity('Studiebesök som Erik missade', { plannedStart: '2025-05-01' });
  const session = (activityId: string, date: string, attendance: Array<{ personId: string; hours: number }>) =>
    call('sessions.create', { activityId, date, hours: 3, note: SECRET, attendance });
  await session(course.id, '2025-04-07', [
    { personId: erik.id, hours: 3 },
    { personId: anna.id, hours: 3 },
  ]);
  await session(course.id, '2025-04-14', [{ personId: erik.id, hours: 2.5 }]);
  await session(course.id, '2025-04-21', [{ personId: anna.id, hours: 3 }]);
  await session(missed.id, '2025-05-12', [{ personId: anna.id, hours: 3 }]);
  await call('activities.update', { id: workshop.id, patch: { attendanceWaiver: `${SECRET} (utan sessioner)` } });
  for (const a of [course, workshop, missed])
    await call('activities.update', { id: a.id, patch: { status: 'done', internalNote: SECRET } });
  void planned;
  await call('people.update', {
    id: erik.id,
    patch: {
      followupConsent: true,
      gender: 'man',
      birthYear: 1979,
      accessibilityNeeds: 'Hörslinga',
      learningWishes: 'Excel på djupet och att leda möten',
    },
  });
  return { company, erik, anna, course, workshop };
}

const consent = (id: string, extra: Record<string, unknown> = {}) =>
  h.call('people.update', { id, patch: { passportConsent: true, passportConsentAt: '2025-06-01', ...extra } });

describe('the competence passport', () => {
  it('is refused without the person’s consent, through both channels, and nothing is stored', async () => {
    const { erik } = await participant();
    const state = () => tableState(h.store.db);
    await expectRefused('passport.noConsent', () => h.router.handle('passport.get', { personId: erik.id }), state);
    await expectRefused('passport.noConsent', () => h.router.handle('passport.exportJson', { personId: erik.id, language: 'sv' }), state);
    // Withdrawn consent refuses again, and loses its date.
    await consent(erik.id);
    expect(await h.call('people.update', { id: erik.id, patch: { passportConsent: false } })).toMatchObject({ passportConsentAt: null });
    await expectRefused('passport.noConsent', () => h.router.handle('passport.get', { personId: erik.id }), state);
  });

  it('gives the person’s own ratings, completed activities with their own hours, and their wishes', async () => {
    const { erik } = await participant();
    await consent(erik.id, { ratingsShared: true });
    const p = await h.call('passport.get', { personId: erik.id });
    expect(p).toMatchObject({
      personId: erik.id,
      name: 'Erik Anställd',
      issuedOn: '2025-06-02',
      consentAt: '2025-06-01',
      ratingsShared: true,
      learningWishes: 'Excel på djupet och att leda möten',
    });
    expect(p.rounds).toHaveLength(1);
    expect(p.rounds[0]).toMatchObject({ kind: 'baseline', date: '2025-03-01' });
    expect(p.rounds[0]!.ratings.length).toBeGreaterThan(10);
    for (const r of p.rounds[0]!.ratings) {
      expect(r).toMatchObject({ selfLevel: 3, advisorLevel: 2 });
      expect(r.name.sv.length * r.name.en.length).toBeGreaterThan(0);
    }
    expect(p.activities).toEqual([
      {
        id: expect.any(String),
        title: 'Kurs i bokföring',
        type: { sv: 'Kurs', en: 'Course' },
        provider: 'Lärcentrum Öst',
        from: '2025-04-07',
        to: '2025-04-14',
        hours: 5.5,
      },
      {
        id: expect.any(String),
        title: 'Verkstad: digitala verktyg',
        type: null,
        provider: null,
        from: '2025-05-05',
        to: '2025-05-06',
        hours: null,
      },
    ]);
    expectNothingElse(p);
  });

  it('leaves the ratings out when the person has not agreed to share them', async () => {
    const { erik } = await participant();
    await consent(erik.id);
    const p = await h.call('passport.get', { personId: erik.id });
    expect(p).toMatchObject({ ratingsShared: false, rounds: [] });
    expect(p.activities).toHaveLength(2);
  });

  it('is saved as a Europass (ELM 3) credential that our schema of it accepts, in the chosen language', async () => {
    const { erik, course } = await participant();
    await consent(erik.id, { ratingsShared: true });
    const sv = await h.call('passport.exportJson', { personId: erik.id, language: 'sv' });
    expect(sv.fileName).toBe('kompetenspass-erik-anställd-2025-06-02.json');
    const credential = elmPassportSchema.parse(JSON.parse(sv.text));
    expect(credential.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(credential.credentialSubject.fullName).toEqual({ sv: 'Erik Anställd' });
    expect(credential.displayParameter.primaryLanguage.id).toMatch(/SWE$/);
    const activity = credential.credentialSubject.hasClaim.find((c) => c.id === `urn:uuid:${course.id}`);
    expect(activity).toMatchObject({
      type: 'LearningActivity',
      title: { sv: 'Kurs i bokföring' },
      workload: 'PT5H30M',
      temporal: [{ startDate: '2025-04-07T12:00:00Z', endDate: '2025-04-14T12:00:00Z' }],
      directedBy: [{ legalName: { sv: 'Lärcentrum Öst' } }],
      specifiedBy: { title: { sv: 'Kurs', en: 'Course' } },
    });
    const round = credential.credentialSubject.hasClaim.find((c) => 'hasPart' in c);
    expect(round).toMatchObject({
      type: 'Assessment',
      title: { sv: 'Baslinje, 1 mars 2025' },
      dateIssued: '2025-03-01T12:00:00Z',
    });
    expect(credential.credentialSubject.additionalNote[0]!.noteLiteral).toEqual({ sv: 'Excel på djupet och att leda möten' });
    for (const absent of [SECRET, 'Anna Ägare', 'Hörslinga', '1979', '070-123', 'employees']) expect(sv.text).not.toContain(absent);

    const en = await h.call('passport.exportJson', { personId: erik.id, language: 'en' });
    expect(en.fileName).toBe('competence-passport-erik-anställd-2025-06-02.json');
    expect(elmPassportSchema.parse(JSON.parse(en.text)).displayParameter.title).toEqual({ en: 'Competence passport' });
  });

  it('travels in exchange files; a file from before the passport existed gives no consent and no wishes', async () => {
    const { erik } = await participant();
    const p = await consent(erik.id);
    const shape = personRecordSchema.shape;
    // Absent in a file written before 0210: the defaults.
    expect([shape.passportConsent, shape.passportConsentAt, shape.learningWishes].map((f) => f.parse(undefined))).toEqual([
      false,
      null,
      null,
    ]);
    expect(shape.passportConsent.parse(p.passportConsent)).toBe(true);
    expect(shape.passportConsentAt.parse(p.passportConsentAt)).toBe('2025-06-01');
    expect(shape.learningWishes.parse(p.learningWishes)).toBe('Excel på djupet och att leda möten');
  });

  it('records each change of the consent in the person’s consent history', async () => {
    const { erik } = await participant();
    await consent(erik.id);
    await h.call('people.update', { id: erik.id, patch: { passportConsent: false } });
    const events = await h.call('consent.history', { personId: erik.id });
    expect(events.filter((e) => e.kind === 'passport').map((e) => [e.action, e.date])).toEqual([
      ['withdrawn', '2025-06-02'],
      ['given', '2025-06-01'],
    ]);
  });

  it('refuses a consent date in the future, storing nothing', async () => {
    const { erik } = await participant();
    const err = await expectRefused(
      'validation',
      () => h.router.handle('people.update', { id: erik.id, patch: { passportConsent: true, passportConsentAt: '2025-06-03' } }),
      () => tableState(h.store.db, ['people']),
    );
    expect(err.params['issues']).toEqual([{ path: 'passportConsentAt', message: 'dateInFuture' }]);
  });
});

/** Nothing of the company's figures, its other people, notes or follow-up details. */
function expectNothingElse(p: Passport): void {
  const text = JSON.stringify(p);
  for (const absent of [SECRET, 'Anna Ägare', 'Framtida säljare', 'Hörslinga', '1979', '"man"', '070-123', 'Planerad mässa', 'missade']) {
    expect(text).not.toContain(absent);
  }
  expect(Object.keys(p).sort()).toEqual(
    [
      'activities',
      'advisor',
      'consentAt',
      'issuedOn',
      'learningWishes',
      'name',
      'office',
      'personId',
      'ratingsShared',
      'rounds',
      'workplace',
    ].sort(),
  );
}
