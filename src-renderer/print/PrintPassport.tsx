import { useTranslation } from 'react-i18next';
import type { Passport, PassportActivity } from '@shared/api/passport';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../api/client';
import { PrintFrame } from './PrintFrame';
import { printFormat } from './format';
import type { PrintFormat } from './format';
import { DocumentHeader } from './parts';
import { PassportProfile } from './PassportProfile';
import { ProgrammeIdentity } from './ProgrammeIdentity';
import type { IdentitySettings } from './ProgrammeIdentity';

/** What an empty cell shows, as the other documents do. */
const NONE = '–';

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
      load={async () => {
        const [p, settings] = await Promise.all([invoke('passport.get', { personId }), invoke('settings.get', {})]);
        return { p, settings };
      }}
      loadKey={personId}
      title={({ p }, t) => `${t('passport.title')} — ${p.name}`}
    >
      {({ p, settings }) => <PassportDocument p={p} settings={settings} fmt={printFormat(language)} language={language} />}
    </PrintFrame>
  );
}

interface DocumentProps {
  p: Passport;
  /** The programme's identity: a document for participants carries the EU funding statement. */
  settings: IdentitySettings;
  fmt: PrintFormat;
  language: Language;
}

function PassportDocument({ p, settings, fmt, language }: DocumentProps) {
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
            <p className="vk-muted">
              {t('passport.print.scale')} {t('passport.print.legend')}
            </p>
            <PassportProfile rounds={p.rounds} fmt={fmt} language={language} />
          </>
        )}
      </section>
      <ActivitiesSection activities={p.activities} fmt={fmt} language={language} />
      <section aria-labelledby="vk-wishes">
        <h2 id="vk-wishes">{t('passport.print.wishesTitle')}</h2>
        <p style={{ whiteSpace: 'pre-wrap' }}>{p.learningWishes ?? t('passport.print.noWishes')}</p>
      </section>
      <p className="vk-muted">{t('passport.print.consentNote', { name: p.name, date: fmt.date(p.consentAt) })}</p>
      <ProgrammeIdentity settings={settings} />
    </main>
  );
}

function ActivitiesSection({ activities, fmt, language }: { activities: PassportActivity[]; fmt: PrintFormat; language: Language }) {
  const { t } = useTranslation();
  const dates = (a: PassportActivity) =>
    a.from && a.to && a.from !== a.to ? `${fmt.date(a.from)} – ${fmt.date(a.to)}` : a.from || a.to ? fmt.date((a.from ?? a.to)!) : '–';
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
            {/* The total as the last row, not a tfoot: Chromium repeats a tfoot on every page, beside the rows of that page only. */}
            <tr>
              <th scope="row" colSpan={4}>
                {t('passport.print.totalHours')}
              </th>
              <td className="vk-num vk-strong">{fmt.hours(total)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
