import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { CompanyRadar } from '../charts/CompanyRadar';
import { roundOrder } from '../charts/palette';
import type { Company } from '@shared/api/companies';
import type { Settings } from '@shared/api/session';
import type { BilingualText } from '@shared/domain/frameworks';
import { titleInLanguage } from '@shared/domain/printText';
import { analyseCompany, gapInputFromRound } from '@shared/domain/gaps';
import type { Activity, ActivityType, Plan, Provider } from '@shared/api/plans';
import type { CompanyGaps } from '@shared/domain/gaps';
import type { FrameworksResult, RoundDetail } from '@shared/api/assessments';
import type { Language } from '@shared/i18n/languages';
import { PrintFrame } from './PrintFrame';
import { PrintGoals } from './PrintGoals';
import { printFormat } from './format';
import { Cover, Strategies, TypeTotals } from './planParts';

interface PrintData {
  plan: Plan;
  company: Company;
  providers: Provider[];
  types: ActivityType[];
  round: RoundDetail | null;
  /** The round's place among the company's rounds: its colour in the radar, as on screen (charts/palette.ts). */
  roundOrder: number;
  frameworks: FrameworksResult | null;
  /** The programme's identity and this advisor's contact, for the cover. */
  settings: Settings;
  /** The people who agreed that the plan shows their ratings to the employer. */
  sharing: ReadonlySet<string>;
}

async function loadPrintData(companyId: string): Promise<PrintData> {
  const [plan, company, providers, types, people, settings] = await Promise.all([
    invoke('plans.get', { companyId }),
    invoke('companies.get', { id: companyId }),
    invoke('providers.list', {}),
    invoke('activityTypes.list', {}),
    invoke('people.list', { companyId }),
    invoke('settings.get', {}),
  ]);
  const sharing = new Set(people.filter((p) => p.ratingsShared).map((p) => p.id));
  let round: RoundDetail | null = null;
  let roundOrderOf = 0;
  let frameworks: FrameworksResult | null = null;
  if (plan.basis) {
    const [detail, rounds] = await Promise.all([
      invoke('rounds.get', { roundId: plan.basis.roundId }),
      invoke('rounds.list', { companyId }),
    ]);
    round = detail;
    roundOrderOf = roundOrder(rounds, detail.id);
    frameworks = await invoke('frameworks.get', { situationVersion: round.frameworkVersion, catalogueVersion: round.catalogueVersion });
  }
  return { plan, company, providers, types, round, roundOrder: roundOrderOf, frameworks, settings, sharing };
}

/**
 * The round as the printed plan may use it: the ratings of the people who agreed to show them to the employer only.
 * The others' ratings never enter the analysis, so neither their page nor the table of the largest gaps shows them;
 * the company's own answers (the radar) stay.
 */
function sharedRatingsOnly(round: RoundDetail, sharing: ReadonlySet<string>): RoundDetail {
  return { ...round, people: round.people.filter((p) => sharing.has(p.personId)) };
}

/**
 * The development plan as the entrepreneur takes it home, in the language chosen at export whatever the UI
 * language. It shows the plan's own data only: never the follow-up attributes, internal notes or another company.
 */
export function PrintPlan({ companyId, language, autoPrint }: { companyId: string; language: Language; autoPrint: boolean }) {
  return (
    <PrintFrame
      language={language}
      autoPrint={autoPrint}
      load={() => loadPrintData(companyId)}
      loadKey={companyId}
      title={(data, t) => `${t('plans.print.title')} — ${data.plan.companyName}`}
    >
      {(data) => <PrintDocument data={data} language={language} />}
    </PrintFrame>
  );
}

function useLocalFormat(language: Language) {
  const fmt = printFormat(language);
  return {
    ...fmt,
    /** In tables: the short form, so that the activity's title keeps the room. */
    period: (a: Activity) =>
      a.plannedStart === null
        ? '–'
        : a.plannedEnd && a.plannedEnd !== a.plannedStart
          ? `${fmt.date(a.plannedStart)} – ${fmt.date(a.plannedEnd)}`
          : fmt.date(a.plannedStart),
  };
}

type LocalFormat = ReturnType<typeof useLocalFormat>;

/** Names by id, in the document's language: people, providers, activity types, competences (company-specific too). */
interface PrintNames {
  people: Map<string, string>;
  provider: Map<string, string>;
  type: Map<string, string>;
  competence: Map<string, string>;
  /** An activity's title in the document's language when it is still the suggestion's (printText.ts). */
  title: (a: Activity) => string;
}

function namesOf({ plan, providers, types, round }: PrintData, language: Language): PrintNames {
  const both = new Map<string, BilingualText>(plan.competences.map((c) => [c.id, c.name]));
  for (const c of round?.customCompetences ?? []) both.set(c.id, c.name);
  const typeBoth = new Map<string, BilingualText>(types.map((x) => [x.id, x.name]));
  const title = (a: Activity) =>
    titleInLanguage(
      a.title,
      (a.typeId && typeBoth.get(a.typeId)) || null,
      a.competenceIds.length === 1 ? (both.get(a.competenceIds[0]!) ?? null) : null,
      language,
    );
  return {
    people: new Map(plan.people.map((p) => [p.id, p.name])),
    provider: new Map(providers.map((p) => [p.id, p.name])),
    type: new Map(types.map((x) => [x.id, x.name[language]])),
    competence: new Map([...both].map(([id, name]) => [id, name[language]])),
    title,
  };
}

/** The largest gaps by competence, with the people who have them (as the suggestions group them). */
function topGapCompetences(gaps: CompanyGaps | null, people: Map<string, string>) {
  const byCompetence = new Map<string, { people: string[]; needed: number; current: number }>();
  for (const cell of gaps?.topGaps ?? []) {
    const entry = byCompetence.get(cell.competenceId) ?? { people: [], needed: cell.required ?? 0, current: cell.current ?? 0 };
    entry.people.push(people.get(cell.personId) ?? '');
    byCompetence.set(cell.competenceId, entry);
  }
  return [...byCompetence.entries()].slice(0, 10);
}

const ACTIVITY_COLUMNS = { withParticipants: [19, 11, 19, 13, 12, 7, 9, 10], own: [34, 12, 17, 17, 8, 12] };

interface ActivityTableProps {
  list: Activity[];
  /** The plan's tables name the participants and the cost; a person's own page does not. */
  withParticipants: boolean;
  names: PrintNames;
  fmt: LocalFormat;
}

function ActivityTable({ list, withParticipants, names, fmt }: ActivityTableProps) {
  const { t } = useTranslation();
  const none = t('common.notSet');
  if (list.length === 0) return <p>{t('plans.activities.noneAtLevel')}</p>;
  const participants = (a: Activity) =>
    a.level === 'company' && a.personIds.length === 0
      ? t('plans.activities.everyone')
      : a.personIds
          .map((id) => names.people.get(id))
          .filter(Boolean)
          .join(', ') || none;
  return (
    <table className="vk-table vk-fixed">
      <colgroup>
        {(withParticipants ? ACTIVITY_COLUMNS.withParticipants : ACTIVITY_COLUMNS.own).map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('plans.activities.columns.title')}</th>
          <th scope="col">{t('plans.activities.columns.type')}</th>
          {withParticipants && <th scope="col">{t('plans.activities.columns.participants')}</th>}
          <th scope="col">{t('plans.activities.columns.provider')}</th>
          <th scope="col">{t('plans.activities.columns.period')}</th>
          <th scope="col" className="vk-num">
            {t('plans.activities.columns.hours')}
          </th>
          {withParticipants && (
            <th scope="col" className="vk-num">
              {t('plans.activities.columns.cost')}
            </th>
          )}
          <th scope="col">{t('plans.activities.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((a) => (
          <tr key={a.id}>
            <td>{names.title(a)}</td>
            <td className="vk-word">{(a.typeId && names.type.get(a.typeId)) ?? none}</td>
            {withParticipants && <td>{participants(a)}</td>}
            <td>{(a.providerId && names.provider.get(a.providerId)) ?? none}</td>
            <td>{fmt.period(a)}</td>
            <td className="vk-num">{fmt.number(a.hours)}</td>
            {withParticipants && <td className="vk-num">{fmt.number(a.costSek)}</td>}
            <td className="vk-word">{t(`plans.status.${a.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface SituationProps {
  plan: Plan;
  round: { kind: RoundDetail['kind']; order: number } | null;
  strategies: Array<{ id: string; text: string }>;
  gaps: CompanyGaps | null;
  areaTitle: Map<string, string>;
  fmt: LocalFormat;
}

/** Where the company stands: the round the plan builds on, its vision, goals and strategies, and the radar of the areas. */
function Situation({ plan, round, strategies, gaps, areaTitle, fmt }: SituationProps) {
  const { t } = useTranslation();
  return (
    <section className="vk-page" aria-labelledby="vk-situation">
      <h2 id="vk-situation">{t('plans.print.situation')}</h2>
      {plan.basis ? (
        <>
          <p>{t('plans.basis.fromRound', { date: fmt.date(plan.basis.roundDate) })}</p>
          <h3>{t('plans.basis.vision')}</h3>
          <p className="vk-vision">{plan.basis.vision ?? t('plans.basis.noVision')}</p>
          {plan.basis.goals.length > 0 && (
            <>
              <h3>{t('plans.basis.goals')}</h3>
              <PrintGoals goals={plan.basis.goals} fmt={fmt} />
            </>
          )}
          <Strategies strategies={strategies} />
          {gaps && (
            <CompanyRadar
              areas={gaps.areas}
              areaLabel={(id) => areaTitle.get(id) ?? id}
              round={{
                label: round
                  ? t('gaps.section.roundOption', { kind: t(`gaps.section.kind.${round.kind}`), date: fmt.date(plan.basis.roundDate) })
                  : fmt.date(plan.basis.roundDate),
                order: round?.order ?? 0,
              }}
              height={380}
            />
          )}
        </>
      ) : (
        <p>{t('plans.basis.none')}</p>
      )}
    </section>
  );
}

/** The competences with the largest gaps, and who has them. */
function GapsPage({ top, names }: { top: ReturnType<typeof topGapCompetences>; names: PrintNames }) {
  const { t } = useTranslation();
  return (
    <section className="vk-page" aria-labelledby="vk-gaps">
      <h2 id="vk-gaps">{t('plans.print.gaps')}</h2>
      <p>{t('plans.print.gapsIntro')}</p>
      <table className="vk-table" data-testid="print-gaps">
        <thead>
          <tr>
            <th scope="col">{t('plans.print.competence')}</th>
            <th scope="col">{t('plans.print.people')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map(([id, g]) => (
            <tr key={id}>
              <td>{names.competence.get(id) ?? id}</td>
              <td>{g.people.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface PersonPageProps {
  person: Plan['people'][number];
  active: Activity[];
  gaps: CompanyGaps | null;
  names: PrintNames;
  fmt: LocalFormat;
}

/** One page per person: their own activities, and their largest gaps if they agreed to show their ratings. */
function PersonPage({ person: p, active, gaps, names, fmt }: PersonPageProps) {
  const { t } = useTranslation();
  const own = active.filter((a) => a.personIds.includes(p.id));
  const personGaps = gaps?.people.find((x) => x.personId === p.id)?.largest ?? [];
  return (
    <section className="vk-page" aria-labelledby={`vk-person-${p.id}`} data-person-page={p.id}>
      <h2 id={`vk-person-${p.id}`}>{t('plans.print.personTitle', { name: p.name })}</h2>
      {p.jobTitle && <p>{p.jobTitle}</p>}
      {own.length === 0 ? (
        <p>{t('plans.print.personEmpty')}</p>
      ) : (
        <ActivityTable list={own} withParticipants={false} names={names} fmt={fmt} />
      )}
      {personGaps.length > 0 && (
        <>
          <h3>{t('plans.print.personGaps')}</h3>
          <table className="vk-table">
            <thead>
              <tr>
                <th scope="col">{t('plans.print.competence')}</th>
                <th scope="col" className="vk-num">
                  {t('plans.print.current')}
                </th>
                <th scope="col" className="vk-num">
                  {t('plans.print.needed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {personGaps.slice(0, 8).map((c) => (
                <tr key={c.competenceId}>
                  <td>{names.competence.get(c.competenceId) ?? c.competenceId}</td>
                  <td className="vk-num">{fmt.number(c.current)}</td>
                  <td className="vk-num">{fmt.number(c.required)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function PrintDocument({ data, language }: { data: PrintData; language: Language }) {
  const { t } = useTranslation();
  const fmt = useLocalFormat(language);
  const { plan, company, round, frameworks, settings } = data;
  const names = namesOf(data, language);
  const gaps: CompanyGaps | null =
    round && frameworks ? analyseCompany(gapInputFromRound(sharedRatingsOnly(round, data.sharing), frameworks)) : null;
  const areaTitle = new Map((frameworks?.situation.areas ?? []).map((a) => [a.id, a.title[language]]));
  const active = plan.activities.filter((a) => a.status !== 'cancelled');
  const topCompetences = topGapCompetences(gaps, names.people);
  const companyLevel = active.filter((a) => a.level === 'company');
  const individualLevel = active.filter((a) => a.level === 'individual');

  return (
    <main className="vk-print" lang={language} data-company-id={plan.companyId} data-language={language}>
      <Cover plan={plan} company={company} settings={settings} fmt={fmt} />
      <Situation
        plan={plan}
        round={round ? { kind: round.kind, order: data.roundOrder } : null}
        strategies={round?.strategies ?? []}
        gaps={gaps}
        areaTitle={areaTitle}
        fmt={fmt}
      />
      {topCompetences.length > 0 && <GapsPage top={topCompetences} names={names} />}

      <section className="vk-page" aria-labelledby="vk-plan">
        <h2 id="vk-plan">{t('plans.print.plan')}</h2>
        <h3>{t('plans.activities.companyLevel')}</h3>
        <ActivityTable list={companyLevel} withParticipants names={names} fmt={fmt} />
        <h3>{t('plans.activities.individualLevel')}</h3>
        <ActivityTable list={individualLevel} withParticipants names={names} fmt={fmt} />
        <TypeTotals activities={plan.activities} types={data.types} everyone={plan.people.length} language={language} fmt={fmt} />
      </section>

      {plan.people.map((p) => (
        <PersonPage key={p.id} person={p} active={active} gaps={gaps} names={names} fmt={fmt} />
      ))}

      <section className="vk-followup" aria-labelledby="vk-followup">
        <h2 id="vk-followup">{t('plans.print.nextFollowUp')}</h2>
        <p>{plan.nextFollowUp ? t('plans.print.followUpDate', { date: fmt.date(plan.nextFollowUp) }) : t('plans.print.noFollowUp')}</p>
      </section>
    </main>
  );
}
