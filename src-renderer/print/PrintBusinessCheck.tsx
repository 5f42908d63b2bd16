import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { CompanyRadar } from '../charts/CompanyRadar';
import { roundOrder } from '../charts/palette';
import type { BusinessCheck, BusinessCheckArea } from '@shared/api/businessCheck';
import type { Settings } from '@shared/api/session';
import type { AreaProfile } from '@shared/domain/gaps';
import type { Language } from '@shared/i18n/languages';
import { DocumentHeader } from './parts';
import { PrintFrame } from './PrintFrame';
import { PrintGoals } from './PrintGoals';
import { ProgrammeIdentity } from './ProgrammeIdentity';
import { printFormat } from './format';
import type { PrintFormat } from './format';
import { AreaDetail, Opportunities } from './businessCheckParts';

interface CheckData {
  check: BusinessCheck;
  settings: Settings;
  /** The places of the round and of its baseline among the company's rounds: their colours (charts/palette.ts). */
  order: { round: number; baseline: number };
}

async function loadCheck(roundId: string): Promise<CheckData> {
  const [check, settings] = await Promise.all([invoke('print.businessCheck', { roundId }), invoke('settings.get', {})]);
  const rounds = await invoke('rounds.list', { companyId: check.companyId });
  const order = { round: roundOrder(rounds, roundId), baseline: check.baseline ? roundOrder(rounds, check.baseline.roundId) : 0 };
  return { check, settings, order };
}

/**
 * The business check: a completed situation assessment as the entrepreneur takes it home, in the language chosen at
 * print. It shows what `print.businessCheck` returns and nothing else: notes only where the advisor shared them.
 */
export function PrintBusinessCheck({ roundId, language, autoPrint }: { roundId: string; language: Language; autoPrint: boolean }) {
  return (
    <PrintFrame
      language={language}
      autoPrint={autoPrint}
      load={() => loadCheck(roundId)}
      loadKey={roundId}
      title={(data, t) => `${t('businessCheck.title')} — ${data.check.companyName}`}
    >
      {(data) => <CheckDocument data={data} language={language} />}
    </PrintFrame>
  );
}

/** The radar's reading of an area: the score now and the target (levels are not drawn). */
const profileOf = (a: BusinessCheckArea, score: number | null): AreaProfile => ({
  areaId: a.areaId,
  answered: a.questions.filter((q) => q.level !== null).length,
  total: a.questions.length,
  currentLevel: null,
  currentScore: score,
  targetLevel: null,
  targetScore: a.targetScore,
});

function signed(change: number | null, fmt: PrintFormat): string {
  if (change === null) return '–';
  return change > 0 ? `+${fmt.number(change)}` : fmt.number(change);
}

function Overview({
  check,
  order,
  language,
  fmt,
}: {
  check: BusinessCheck;
  order: CheckData['order'];
  language: Language;
  fmt: PrintFormat;
}) {
  const { t } = useTranslation();
  const title = new Map(check.areas.map((a) => [a.areaId, a.title[language]]));
  const followUp = check.baseline !== null;
  // The kind and date as the gap charts name a round, in the round's own colour as on screen.
  const roundName = (kind: BusinessCheck['kind'], date: string) =>
    t('gaps.section.roundOption', { kind: t(`gaps.section.kind.${kind}`), date: fmt.date(date) });
  return (
    <section aria-labelledby="vk-check-overview">
      <h2 id="vk-check-overview">{t('businessCheck.overview')}</h2>
      <CompanyRadar
        areas={check.areas.map((a) => profileOf(a, a.score))}
        compareAreas={followUp ? check.areas.map((a) => profileOf(a, a.baselineScore)) : null}
        areaLabel={(id) => title.get(id) ?? id}
        round={{ label: roundName(check.kind, check.date), order: order.round }}
        compare={check.baseline ? { label: roundName('baseline', check.baseline.date), order: order.baseline } : null}
        height={380}
      />
      <table className="vk-table vk-fixed vk-keep" data-testid="check-scores">
        <thead>
          <tr>
            <th scope="col">{t('businessCheck.area')}</th>
            <th scope="col" className="vk-num">
              {t('businessCheck.score')}
            </th>
            <th scope="col" className="vk-num">
              {t('businessCheck.target')}
            </th>
            {followUp && (
              <>
                <th scope="col" className="vk-num">
                  {t('businessCheck.baselineScore')}
                </th>
                <th scope="col" className="vk-num">
                  {t('businessCheck.change')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {check.areas.map((a) => (
            <tr key={a.areaId} data-area={a.areaId}>
              <th scope="row">{a.title[language]}</th>
              <td className="vk-num">{fmt.number(a.score)}</td>
              <td className="vk-num">{fmt.number(a.targetScore)}</td>
              {followUp && (
                <>
                  <td className="vk-num">{fmt.number(a.baselineScore)}</td>
                  <td className="vk-num" data-change={a.change ?? ''}>
                    {signed(a.change, fmt)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('businessCheck.overall')}</th>
            <td className="vk-num">{fmt.number(check.overallScore)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function VisionGoals({ check, fmt }: { check: BusinessCheck; fmt: PrintFormat }) {
  const { t } = useTranslation();
  return (
    <section className="vk-page" aria-labelledby="vk-check-vision">
      <h2 id="vk-check-vision">{t('businessCheck.visionGoals')}</h2>
      <h3>{t('plans.basis.vision')}</h3>
      <p className="vk-vision">{check.vision ?? t('plans.basis.noVision')}</p>
      {check.goals.length > 0 && (
        <>
          <h3>{t('plans.basis.goals')}</h3>
          <PrintGoals goals={check.goals} fmt={fmt} />
        </>
      )}
      <h3>{t('businessCheck.strategies')}</h3>
      {check.strategies.length === 0 ? (
        <p>{t('businessCheck.noStrategies')}</p>
      ) : (
        <ul>
          {check.strategies.map((s, i) => (
            <li key={i}>{s.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckDocument({ data, language }: { data: CheckData; language: Language }) {
  const { t } = useTranslation();
  const fmt = printFormat(language);
  const { check, settings } = data;
  const facts: Array<[string, string]> = [[t('businessCheck.company'), check.companyName]];
  if (check.orgNumber) facts.push([t('businessCheck.orgNumber'), check.orgNumber]);
  facts.push([t('businessCheck.kind'), t(`assessments.kind.${check.kind}`)]);
  facts.push([t('businessCheck.date'), fmt.date(check.date)]);
  facts.push([t('businessCheck.advisor'), check.advisor]);
  if (check.baseline) facts.push([t('businessCheck.baselineScore'), t('businessCheck.baseline', { date: fmt.date(check.baseline.date) })]);
  return (
    <main className="vk-print vk-doc vk-check" lang={language} data-round-id={check.roundId} data-language={language}>
      <ProgrammeIdentity settings={settings} />
      <DocumentHeader title={t('businessCheck.title')} facts={facts} />
      <p>{t('businessCheck.intro', { company: check.companyName })}</p>
      <Overview check={check} order={data.order} language={language} fmt={fmt} />
      <Opportunities check={check} language={language} fmt={fmt} />
      <VisionGoals check={check} fmt={fmt} />
      <section className="vk-page" aria-labelledby="vk-check-areas">
        <h2 id="vk-check-areas">{t('businessCheck.areasDetail')}</h2>
        {check.areas.map((a) => (
          <AreaDetail key={a.areaId} area={a} language={language} fmt={fmt} />
        ))}
      </section>
    </main>
  );
}
