/**
 * Random programme-report data (plain records, no store) for the suppression property and benchmark: companies in
 * both counties, elsewhere and unstated, people with skewed genders (few non-binary, some not stated) and attributes,
 * activities with participants, and attended hours. Deterministic from a seed.
 */
import { ACTIVITY_TYPE_IDS, PROVIDER_KINDS } from '@shared/api/plans';
import { AGE_BANDS, EDUCATION_LEVELS, EMPLOYMENT_STATUSES, YES_NO_UNSTATED } from '@shared/domain/person';
import type { Gender } from '@shared/domain/person';
import { EXIT_RESULTS, SIX_MONTH_RESULTS } from '@shared/domain/participation';
import type { ActivityRec, CompanyRec, PersonRec } from '../../src-main/services/reports/records';
import type { ParticipantResults } from '../../src-main/services/reports/results';
import type { ReportData } from '../../src-main/services/reports/tables';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const MUNICIPALITY_CODES = ['1880', '1881', '1885', '1980', '1983', '1984', '0180', 'not_stated'];
const GENDER_WEIGHTS: Array<[Gender, number]> = [
  ['woman', 0.45],
  ['man', 0.42],
  ['non_binary', 0.03],
  ['not_stated', 0.1],
];

export function randomReportData(seed: number, people: number, companies = Math.max(1, Math.ceil(people / 4))): ReportData {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const gender = (): Gender => {
    let x = r();
    for (const [g, w] of GENDER_WEIGHTS) if ((x -= w) < 0) return g;
    return 'woman';
  };
  const companyMap = new Map<string, CompanyRec>();
  for (let c = 0; c < companies; c++) {
    const id = `c${c}`;
    const municipality = pick(MUNICIPALITY_CODES);
    companyMap.set(id, { id, name: `Företag ${c}`, municipality, size: 'micro', section: 'J', sniVersion: '2007' });
  }
  const companyIds = [...companyMap.keys()];
  const personMap = new Map<string, PersonRec>();
  const byCompany = new Map<string, string[]>();
  for (let p = 0; p < people; p++) {
    const companyId = pick(companyIds);
    const id = `p${p}`;
    personMap.set(id, {
      companyId,
      gender: gender(),
      ageBand: pick([...AGE_BANDS, 'not_stated']),
      education: pick(EDUCATION_LEVELS),
      employment: pick(EMPLOYMENT_STATUSES),
      foreignBackground: pick(YES_NO_UNSTATED),
      thirdCountry: r() < 0.8 ? 'no' : pick(YES_NO_UNSTATED),
      disability: r() < 0.85 ? 'no' : pick(YES_NO_UNSTATED),
    });
    byCompany.set(companyId, [...(byCompany.get(companyId) ?? []), id]);
  }
  const activities: ActivityRec[] = [];
  const actualHours = new Map<string, number>();
  for (const [companyId, ids] of byCompany) {
    for (let a = 0; a < 1 + Math.floor(r() * 3); a++) {
      const personIds = ids.filter(() => r() < 0.8);
      if (a === 0 && personIds.length === 0) personIds.push(ids[0]!);
      const hours = 1 + Math.floor(r() * 20);
      activities.push({
        companyId,
        type: pick(ACTIVITY_TYPE_IDS),
        providerKind: pick([...PROVIDER_KINDS, 'none']),
        hours,
        cost: 100 * hours,
        start: '2025-02-01',
        end: '2025-03-01',
        adapted: r() < 0.2,
        personIds,
      });
      for (const id of personIds) if (r() < 0.7) actualHours.set(id, (actualHours.get(id) ?? 0) + hours / 2);
    }
  }
  // ESF+ results: some people left in the period (each result likely or rare), fewer were followed up.
  const had = <K extends string>(keys: readonly K[], p: number) => new Set(keys.filter(() => r() < p));
  const results: ParticipantResults = {
    exited: [...personMap.keys()].filter(() => r() < 0.3).map(() => had(EXIT_RESULTS, r() < 0.5 ? 0.5 : 0.1)),
    followedUp: [...personMap.keys()].filter(() => r() < 0.2).map(() => had(SIX_MONTH_RESULTS, 0.6)),
  };
  return {
    companies: companyMap,
    changed: { enrolled: new Set(), completed: new Set(), withdrawn: new Set() },
    people: personMap,
    activities,
    progress: [],
    contacts: [],
    actualHours,
    results,
  };
}
