/**
 * Participant-hours are one figure (issue 17): the plan screen's totals (plans.totals, split by person and gender)
 * and the printed plan's totals (domain/planTotals.ts) agree, an activity for the whole company without named
 * participants counting everyone in both. Activity hours count each activity once.
 */
import { describe, expect, it } from 'vitest';
import { planTypeTotals } from '@shared/domain/planTotals';
import { GENDERS } from '@shared/domain/person';
import { orgNumberFor } from '../helpers/tempStore';
import { call, useExchangeStores } from '../helpers/exchangeStores';

const store = useExchangeStores();

describe('activity hours and participant-hours', () => {
  it('the screen and the printed plan give the same participant-hours; the gender split adds up to them', async () => {
    const s = await store();
    const c = await call(s, 'companies.create', {
      name: 'Timmar AB',
      orgNumber: orgNumberFor(7),
      status: 'enrolled',
      growthAmbition: true,
      growthAmbitionDate: '2025-01-15',
      consentBy: 'Anna Ägare',
      consentAt: '2025-01-15',
      consentScope: 'Kartläggning och uppföljning',
    });
    const consent = { followupConsent: true, followupConsentAt: '2025-02-01' } as const;
    const anna = await call(s, 'people.create', { companyId: c.id, name: 'Anna Ägare', role: 'owner', ...consent, gender: 'woman' });
    const erik = await call(s, 'people.create', { companyId: c.id, name: 'Erik Anställd', role: 'employee', ...consent, gender: 'man' });
    await call(s, 'people.create', { companyId: c.id, name: 'Sara Anställd', role: 'employee' });
    // The whole company, no one named: 4 h × 3 people. Two named people: 3 h × 2.
    await call(s, 'activities.create', { companyId: c.id, title: 'Workshop', level: 'company', personIds: [], hours: 4 });
    await call(s, 'activities.create', { companyId: c.id, title: 'Kurs', level: 'individual', personIds: [anna.id, erik.id], hours: 3 });

    const totals = await call(s, 'plans.totals', { companyId: c.id });
    expect(totals.totalHours).toBe(7);
    const participantHours = GENDERS.reduce((n, g) => n + totals.hoursByGender[g], 0);
    expect(participantHours).toBe(18);
    expect(totals.hoursByGender).toEqual({ woman: 7, man: 7, non_binary: 0, not_stated: 4 });
    expect(totals.hoursByPerson.reduce((n, p) => n + p.hours, 0)).toBe(participantHours);

    const plan = await call(s, 'plans.get', { companyId: c.id });
    const printed = planTypeTotals(plan.activities, [], plan.people.length).total;
    expect(printed.hours).toBe(totals.totalHours);
    expect(printed.participantHours).toBe(participantHours);
  });
});
