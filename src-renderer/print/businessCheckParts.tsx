import { useTranslation } from 'react-i18next';
import type { BusinessCheck, BusinessCheckArea } from '@shared/api/businessCheck';
import type { Language } from '@shared/i18n/languages';
import type { PrintFormat } from './format';

/** The three largest opportunities, each with the strategies the company tied to its area. */
export function Opportunities({ check, language, fmt }: { check: BusinessCheck; language: Language; fmt: PrintFormat }) {
  const { t } = useTranslation();
  const areas = new Map(check.areas.map((a) => [a.areaId, a]));
  return (
    <section className="vk-notice" aria-labelledby="vk-check-opportunities" data-testid="check-opportunities">
      <h2 id="vk-check-opportunities">{t('businessCheck.opportunities')}</h2>
      {check.opportunities.length === 0 ? (
        <p>{t('businessCheck.noOpportunities')}</p>
      ) : (
        <>
          <p>{t('businessCheck.opportunitiesIntro')}</p>
          <ol>
            {check.opportunities.map((id) => {
              const a = areas.get(id)!;
              const strategies = check.strategies.filter((s) => s.areaIds.includes(id));
              return (
                <li key={id} data-opportunity={id}>
                  <span className="vk-strong">{a.title[language]}</span>
                  <span className="vk-opportunity-score">
                    {a.targetScore === null
                      ? t('businessCheck.opportunityScore', { score: fmt.number(a.score) })
                      : t('businessCheck.opportunityRoom', { score: fmt.number(a.score), target: fmt.number(a.targetScore) })}
                  </span>
                  {strategies.length > 0 && (
                    <ul>
                      {strategies.map((s, i) => (
                        <li key={i}>{s.text}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** One area question by question: the level chosen with its text, and the advisor's note where it was shared. */
export function AreaDetail({ area, language, fmt }: { area: BusinessCheckArea; language: Language; fmt: PrintFormat }) {
  const { t } = useTranslation();
  return (
    <div className="vk-check-area" data-area-detail={area.areaId}>
      <h3>{t('businessCheck.areaHeading', { area: area.title[language], score: fmt.number(area.score) })}</h3>
      <table className="vk-table vk-fixed">
        <colgroup>
          <col style={{ width: '38%' }} />
          <col style={{ width: '62%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('businessCheck.question')}</th>
            <th scope="col">{t('businessCheck.level')}</th>
          </tr>
        </thead>
        <tbody>
          {area.questions.map((q) => (
            <tr key={q.questionId}>
              <td>{q.text[language]}</td>
              <td>
                {q.level === null || !q.levelLabel ? (
                  t('businessCheck.unanswered')
                ) : (
                  <>
                    <span className="vk-strong">{t('businessCheck.levelValue', { level: q.level, label: q.levelLabel[language] })}</span>
                    {q.levelText && <span className="vk-level-text">{q.levelText[language]}</span>}
                  </>
                )}
                {q.sharedNote && (
                  <span className="vk-shared-note" data-testid="shared-note">
                    <span className="vk-strong">{t('businessCheck.advisorNote')}: </span>
                    {q.sharedNote}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
