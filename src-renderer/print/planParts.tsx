import { useTranslation } from 'react-i18next';
import type { Company } from '@shared/api/companies';
import type { Activity, ActivityType, Plan } from '@shared/api/plans';
import type { Settings } from '@shared/api/session';
import { maskOrgNumber } from '@shared/domain/orgNumber';
import { planTypeTotals } from '@shared/domain/planTotals';
import type { Language } from '@shared/i18n/languages';
import { clock } from '../lib/clock';
import type { PrintFormat } from './format';
import { ProgrammeIdentity } from './ProgrammeIdentity';

/** The plan's pieces beside its activity tables: the cover, the strategies and the totals by activity type. */

export interface ResponsibleAdvisor {
  name: string;
  office: string | null;
  phone: string | null;
  email: string | null;
}

/** The advisor's contact on the cover, as the tests find it. */
const ADVISOR_TEST_ID = 'plan-advisor';

const sameName = (a: string, b: string | null) => b !== null && a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/**
 * The company's responsible advisor (the company's, not the round's assessor), with office; the phone and e-mail
 * are this advisor's own from Settings, printed only when they are the company's advisor (nobody else's are known).
 */
export function responsibleAdvisor(company: Pick<Company, 'advisor' | 'office'>, settings: Settings): ResponsibleAdvisor | null {
  const name = company.advisor ?? settings.advisorName;
  if (!name) return null;
  const me = sameName(name, settings.advisorName);
  return {
    name,
    office: company.office ?? (me ? settings.office : null),
    phone: me ? settings.advisorPhone : null,
    email: me ? settings.advisorEmail : null,
  };
}

interface CoverProps {
  plan: Plan;
  company: Company;
  settings: Settings;
  fmt: PrintFormat;
}

/** The cover: title, company, organisation number, date, the responsible advisor's contact and the programme's identity. */
export function Cover({ plan, company, settings, fmt }: CoverProps) {
  const { t } = useTranslation();
  const advisor = responsibleAdvisor(company, settings);
  const facts: Array<[string, string | null]> = [
    [t('plans.print.orgNumber'), maskOrgNumber(company.orgNumber, company.orgKind)],
    [t('plans.print.date'), fmt.date(clock.today())],
  ];
  const contact: Array<[string, string | null]> = advisor
    ? [
        [t('plans.print.advisor'), advisor.name],
        [t('businessCheck.plan.office'), advisor.office],
        [t('businessCheck.plan.phone'), advisor.phone],
        [t('businessCheck.plan.email'), advisor.email],
      ]
    : [];
  const list = (rows: Array<[string, string | null]>, testId?: string) => (
    <dl className="vk-facts" {...(testId ? { 'data-testid': testId } : {})}>
      {rows
        .filter((r): r is [string, string] => r[1] !== null)
        .map(([label, value]) => (
          <div key={label} className="vk-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
  return (
    <section className="vk-cover" aria-label={t('plans.print.title')}>
      <h1>{t('plans.print.title')}</h1>
      <div className="vk-company">{plan.companyName}</div>
      <p>{t('plans.print.subtitle', { company: plan.companyName })}</p>
      {list(facts)}
      {advisor && (
        <>
          <h2 className="vk-cover-contact">{t('businessCheck.plan.advisorContact')}</h2>
          {list(contact, ADVISOR_TEST_ID)}
        </>
      )}
      <ProgrammeIdentity settings={settings} />
    </section>
  );
}

/** The strategies of the round the plan builds on: how the company will reach its goals. */
export function Strategies({ strategies }: { strategies: Array<{ id: string; text: string }> }) {
  const { t } = useTranslation();
  if (strategies.length === 0) return null;
  return (
    <>
      <h3>{t('businessCheck.plan.strategies')}</h3>
      <ul data-testid="plan-strategies">
        {strategies.map((s) => (
          <li key={s.id}>{s.text}</li>
        ))}
      </ul>
    </>
  );
}

/** The totals' number columns, in order. */
const NUMBER_COLUMNS = ['count', 'activityHours', 'participantHours', 'cost', 'programmeShare', 'ownContribution'] as const;

interface TotalsProps {
  activities: Activity[];
  types: ActivityType[];
  everyone: number;
  language: Language;
  fmt: PrintFormat;
}

/** Hours and cost by activity type, the programme's share and the company's own contribution. */
export function TypeTotals({ activities, types, everyone, language, fmt }: TotalsProps) {
  const { t } = useTranslation();
  const totals = planTypeTotals(
    activities,
    types.map((x) => x.id),
    everyone,
  );
  if (totals.total.count === 0) return null;
  const name = new Map(types.map((x) => [x.id as string, x.name[language]]));
  const cells = (r: typeof totals.total) => (
    <>
      <td className="vk-num">{r.count}</td>
      <td className="vk-num">{fmt.hours(r.hours)}</td>
      <td className="vk-num">{fmt.hours(r.participantHours)}</td>
      <td className="vk-num">{fmt.money(r.costSek)}</td>
      <td className="vk-num">{fmt.money(r.programmeShareSek)}</td>
      <td className="vk-num">{fmt.money(r.ownContributionSek)}</td>
    </>
  );
  return (
    <>
      <h3>{t('businessCheck.plan.totals')}</h3>
      <table className="vk-table vk-totals" data-testid="plan-totals">
        <thead>
          <tr>
            <th scope="col">{t('businessCheck.plan.type')}</th>
            {NUMBER_COLUMNS.map((key) => (
              <th key={key} scope="col" className="vk-num">
                {t(`businessCheck.plan.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.byType.map((r) => (
            <tr key={r.typeId ?? 'none'}>
              <th scope="row">{r.typeId === null ? t('businessCheck.plan.noType') : (name.get(r.typeId) ?? r.typeId)}</th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('businessCheck.plan.total')}</th>
            {cells(totals.total)}
          </tr>
        </tfoot>
      </table>
      <p className="vk-muted" data-testid="plan-hours-note">
        {t('businessCheck.plan.hoursNote')}
      </p>
      <p className="vk-muted">{t('businessCheck.plan.ownContributionNote', { hours: fmt.hours(totals.total.participantHours) })}</p>
    </>
  );
}
