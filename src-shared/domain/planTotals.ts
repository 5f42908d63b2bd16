/**
 * What the plan costs and who pays, by activity type, as the printed plan sums it: cancelled activities are left out;
 * the company's own contribution is the cost the programme does not pay (cost − the programme's share, never below
 * zero), and the time its people spend is the activity's hours for each participant (an activity for the whole
 * company without named participants counts everyone in the plan).
 */

export interface TotalsActivity {
  typeId: string | null;
  level: 'company' | 'individual';
  status: string;
  personIds: readonly string[];
  hours: number | null;
  costSek: number | null;
  programmeShareSek: number | null;
}

export interface TypeTotals {
  typeId: string | null;
  count: number;
  hours: number;
  costSek: number;
  programmeShareSek: number;
  ownContributionSek: number;
  participantHours: number;
}

export interface PlanTypeTotals {
  byType: TypeTotals[];
  total: Omit<TypeTotals, 'typeId'>;
}

/** An activity for the whole company that names nobody counts everyone in the plan as its participants. */
export function countsEveryone(a: { level: string; personIds: readonly unknown[] }): boolean {
  return a.level === 'company' && a.personIds.length === 0;
}

const zero = (): Omit<TypeTotals, 'typeId'> => ({
  count: 0,
  hours: 0,
  costSek: 0,
  programmeShareSek: 0,
  ownContributionSek: 0,
  participantHours: 0,
});

function add(into: Omit<TypeTotals, 'typeId'>, a: TotalsActivity, everyone: number): void {
  const cost = a.costSek ?? 0;
  const share = Math.min(a.programmeShareSek ?? 0, cost);
  const people = countsEveryone(a) ? everyone : a.personIds.length;
  into.count += 1;
  into.hours += a.hours ?? 0;
  into.costSek += cost;
  into.programmeShareSek += share;
  into.ownContributionSek += cost - share;
  into.participantHours += (a.hours ?? 0) * people;
}

/** Totals per activity type in `typeOrder` (types without activities left out; untyped last) and over all. */
export function planTypeTotals(activities: readonly TotalsActivity[], typeOrder: readonly string[], everyone: number): PlanTypeTotals {
  const byKey = new Map<string | null, TypeTotals>();
  const total = zero();
  for (const a of activities) {
    if (a.status === 'cancelled') continue;
    const key = a.typeId !== null && typeOrder.includes(a.typeId) ? a.typeId : null;
    const entry = byKey.get(key) ?? { typeId: key, ...zero() };
    add(entry, a, everyone);
    byKey.set(key, entry);
    add(total, a, everyone);
  }
  const order = [...typeOrder, null];
  return { byType: order.flatMap((k) => byKey.get(k) ?? []), total };
}
