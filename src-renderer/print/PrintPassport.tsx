import { useTranslation } from 'react-i18next';
import type { Passport, PassportActivity, PassportRound } from '@shared/api/passport';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../api/client';
import { PrintFrame } from './PrintFrame';
import { printFormat } from './format';
import type { PrintFormat } from './format';
import { DocumentHeader } from './parts';

/** What an empty cell shows, as the other documents do. */
const NONE = '–';

/** A round's title above its table, as the documents' h3 looks. */
const CAPTION = { textAlign: 'left', fontWeight: 700, fontSize: '12pt', margin: '4mm 0 2mm' } as const;

interface Props {
  personId: string;
  language: Language;
  autoPrint: boolean;
}

/**
 * A participant's competence passport: their own document, in the language chosen for it. Nothing but
 * `passport.get`'s data is shown (which refuses without the person's consent): their name, the workplace's name, their
 * ratings when they agreed to share them, the activities they completed with their own hours, and their wishes.
 */
export function PrintPassport({ personId, language, autoPrint }: Props) {
  return (
    <PrintFrame
      language={language}
      autoPrint={autoPrint}
      load={() => invoke('passport.get', { personId })}
      loadKey={personId}
      title={(p, t) => `${t('passport.title')} — ${p.name}`}
    >
      {(p) => <PassportDocument p={p} fmt={printFormat(language)} language={language} />}
    </PrintFrame>
  );
}

function PassportDocument({ p, fmt, language }: { p: Passport; fmt: PrintFormat; language: Language }) {
  const { t } = useTranslation();
  const issuer = [p.office ?? t('passport.print.programme'), p.advisor].filter(Boolean).join(', ');
  const facts: Array<[string, string]> = [
    [t('passport.print.name'), p.name],
    [t('passport.print.workplace'), p.workplace],
    [t('passport.print.issuedBy'), issuer],
    [t('passport.print.issuedOn'), fmt.date(p.issuedOn)],
  ];
  return (
    <main className="vk-print vk-doc" data-person-id={p.personId}>
      <DocumentHeader title={t('passport.title')} facts={facts} />
      <p>{t('passport.print.intro', { name: p.name })}</p>
      <section aria-labelledby="vk-profile">
        <h2 id="vk-profile">{t('passport.print.profileTitle')}</h2>
        {!p.ratingsShared ? (
          <p>{t('passport.print.notShared', { name: p.name })}</p>
        ) : p.rounds.length === 0 ? (
          <p>{t('passport.print.noRounds')}</p>
        ) : (
          <>
            <p className="vk-muted">{t('passport.print.scale')}</p>
            {p.rounds.map((r) => (
              <RoundTable key={r.roundId} round={r} fmt={fmt} language={language} />
            ))}
          </>
        )}
      </section>
      <ActivitiesSection activities={p.activities} fmt={fmt} language={language} />
      <section aria-labelledby="vk-wishes">
        <h2 id="vk-wishes">{t('passport.print.wishesTitle')}</h2>
        <p style={{ whiteSpace: 'pre-wrap' }}>{p.learningWishes ?? t('passport.print.noWishes')}</p>
      </section>
      <p className="vk-muted">{t('passport.print.consentNote', { name: p.name, date: fmt.date(p.consentAt) })}</p>
    </main>
  );
}

function RoundTable({ round, fmt, language }: { round: PassportRound; fmt: PrintFormat; language: Language }) {
  const { t } = useTranslation();
  const level = (n: number | null) => (n === null ? '–' : String(n));
  const title = t('passport.print.roundTitle', { kind: t(`assessments.kind.${round.kind}`), date: fmt.date(round.date) });
  return (
    <table className="vk-table vk-fixed">
      <caption style={CAPTION}>{title}</caption>
      <colgroup>
        <col style={{ width: '60%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '20%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('passport.print.competence')}</th>
          <th scope="col" className="vk-num">
            {t('gaps.person.self')}
          </th>
          <th scope="col" className="vk-num">
            {t('gaps.person.advisor')}
          </th>
        </tr>
      </thead>
      <tbody>
        {round.ratings.map((r) => (
          <tr key={r.competenceId}>
            <td>{r.name[language]}</td>
            <td className="vk-num">{level(r.selfLevel)}</td>
            <td className="vk-num">{level(r.advisorLevel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ActivitiesSection({ activities, fmt, language }: { activities: PassportActivity[]; fmt: PrintFormat; language: Language }) {
  const { t } = useTranslation();
  const dates = (a: PassportActivity) =>
    a.from && a.to && a.from !== a.to ? `${fmt.short(a.from)} – ${fmt.short(a.to)}` : a.from || a.to ? fmt.short((a.from ?? a.to)!) : '–';
  const total = activities.reduce((sum, a) => sum + (a.hours ?? 0), 0);
  return (
    <section aria-labelledby="vk-activities">
      <h2 id="vk-activities">{t('passport.print.activitiesTitle')}</h2>
      {activities.length === 0 ? (
        <p>{t('passport.print.noActivities')}</p>
      ) : (
        <table className="vk-table vk-fixed">
          <colgroup>
            <col style={{ width: '28%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '29%' }} />
            <col style={{ width: '14%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('passport.print.activity')}</th>
              <th scope="col">{t('passport.print.type')}</th>
              <th scope="col">{t('passport.print.provider')}</th>
              <th scope="col">{t('passport.print.dates')}</th>
              <th scope="col" className="vk-num">
                {t('passport.print.hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td>{a.type ? a.type[language] : NONE}</td>
                <td>{a.provider ?? NONE}</td>
                <td>{dates(a)}</td>
                <td className="vk-num">{a.hours === null ? t('passport.print.notRecorded') : fmt.hours(a.hours)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('passport.print.totalHours')}
              </th>
              <td className="vk-num vk-strong">{fmt.hours(total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
