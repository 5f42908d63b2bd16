import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { PersonData, PersonDataRating } from '@shared/api/rights';
import type { ConsentKind } from '@shared/domain/consent';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../api/client';
import { tx } from '../lib/errors';
import { PrintFrame } from './PrintFrame';
import { printFormat } from './format';
import type { PrintFormat } from './format';
import { DocumentHeader } from './parts';

const NONE = '–';

/**
 * What the register holds about one person (GDPR art. 15), in the language chosen for the document: the same data as
 * the JSON export (`rights.personData`, which logs the export), nothing about anyone else.
 */
export function PrintPersonData(props: { personId: string; language: Language; autoPrint: boolean }) {
  const { personId, language } = props;
  return (
    <PrintFrame
      language={language}
      autoPrint={props.autoPrint}
      load={() => invoke('rights.personData', { personId })}
      loadKey={personId}
      title={(d, t) => t('rights.print.title', { name: d.person.name })}
    >
      {(d) => <PersonDataDocument d={d} fmt={printFormat(language)} language={language} />}
    </PrintFrame>
  );
}

/**
 * A field's label where the person form has one; otherwise the name an exchange conflict gives it (every travelling
 * field has one), and the field's own name only for what neither names (the JSON names it the same).
 */
const LABELS = {
  name: 'people.edit.name',
  role: 'people.edit.role',
  jobTitle: 'people.edit.jobTitle',
  startDate: 'people.edit.startDate',
  followupConsentAt: 'people.followup.consentAt',
  gender: 'people.followup.gender',
  birthYear: 'people.followup.birthYear',
  foreignBackground: 'people.followup.foreignBackground',
  thirdCountryNational: 'people.followup.thirdCountryNational',
  disability: 'people.followup.disability',
  educationLevel: 'people.followup.educationLevel',
  employmentStatus: 'people.followup.employmentStatus',
  accessibilityNeeds: 'people.followup.accessibilityNeeds',
  ratingsSharedAt: 'people.sharing.sharedAt',
  createdAt: 'rights.print.createdAt',
  updatedAt: 'rights.print.updatedAt',
} as const satisfies Record<string, string>;

/** The words of a coded value, where the person form has them: the option group each field's codes belong to. */
const OPTIONS: Record<string, string> = {
  role: 'people.role',
  gender: 'people.option.gender',
  foreignBackground: 'people.option.yesNo',
  thirdCountryNational: 'people.option.yesNo',
  disability: 'people.option.yesNo',
  educationLevel: 'people.option.education',
  employmentStatus: 'people.option.employment',
  entryAgeBand: 'people.option.ageBand',
  entryEducationLevel: 'people.option.education',
  entryEmploymentStatus: 'people.option.employment',
};

function fieldLabel(k: string, t: TFunction, exists: (key: string) => boolean): string {
  if (k in LABELS) return t(LABELS[k as keyof typeof LABELS]);
  const key = `exchange.field.${k}`;
  if (!exists(key)) return k;
  const words = tx(t, key);
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

function detailRows(d: PersonData, t: TFunction, fmt: PrintFormat, exists: (key: string) => boolean): Array<[string, string]> {
  const skip = new Set(['id', 'companyId', 'revision', 'followupConsent', 'ratingsShared', 'passportConsent']);
  const value = (k: string, v: unknown): string => {
    if (typeof v === 'boolean') return v ? '✓' : '✗';
    // Dates and instants in the reader's language, as the rest of the document.
    if (k === 'createdAt' || k === 'updatedAt' || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) return fmt.date(String(v));
    const key = OPTIONS[k] ? `${OPTIONS[k]}.${String(v)}` : null;
    return key && exists(key) ? tx(t, key) : String(v);
  };
  return Object.entries(d.person)
    .filter(([k, v]) => !skip.has(k) && v !== null && v !== '')
    .map(([k, v]) => [fieldLabel(k, t, exists), value(k, v)]);
}

function PersonDataDocument({ d, fmt, language }: { d: PersonData; fmt: PrintFormat; language: Language }) {
  const { t, i18n } = useTranslation();
  const facts: Array<[string, string]> = [
    [t('rights.print.companyTitle'), d.company.name],
    [t('rights.print.date'), fmt.date(d.exportedAt)],
  ];
  return (
    <main className="vk-print vk-doc" data-person-id={d.person.id}>
      <DocumentHeader title={t('rights.print.title', { name: d.person.name })} facts={facts} />
      <p>{t('rights.print.intro', { name: d.person.name, date: fmt.date(d.exportedAt) })}</p>
      <section aria-labelledby="vk-details">
        <h2 id="vk-details">{t('rights.print.detailsTitle')}</h2>
        <KeyValues rows={detailRows(d, t, fmt, (key) => i18n.exists(key))} />
        {d.companyContact && (
          <>
            <h3>{t('rights.print.companyContactTitle')}</h3>
            <KeyValues
              rows={Object.entries(d.companyContact).map(([k, v]) => [
                t(`companies.contact.${k as 'name' | 'phone' | 'email'}`),
                v ?? NONE,
              ])}
            />
          </>
        )}
      </section>
      <section aria-labelledby="vk-consents">
        <h2 id="vk-consents">{t('rights.print.consentsTitle')}</h2>
        <p className="vk-muted">
          {t('rights.print.basesTitle')}:{' '}
          {Object.entries(d.legalBases)
            .map(([kind, basis]) => `${t(`rights.kind.${kind as ConsentKind}`)} — ${t(`rights.basisName.${basis}`)}`)
            .join('; ')}
        </p>
        {d.consents.length === 0 ? (
          <p>{t('rights.print.none')}</p>
        ) : (
          <ul>
            {d.consents.map((e) => (
              <li key={e.id}>
                {t(`rights.kind.${e.kind}`)}: {t(`rights.action.${e.action}`)} {fmt.date(e.date)}
                {e.by ? ` (${t('rights.event.by', { by: e.by })})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="vk-ratings">
        <h2 id="vk-ratings">{t('rights.print.ratingsTitle')}</h2>
        {d.ratings.length === 0 ? (
          <p>{t('rights.print.none')}</p>
        ) : (
          d.ratings.map((r) => <RatingTable key={r.roundId} round={r} fmt={fmt} language={language} />)
        )}
      </section>
      <ListSection id="vk-activities" title={t('rights.print.activitiesTitle')} empty={t('rights.print.none')} items={d.activities}>
        {(a) =>
          t('rights.print.activityLine', {
            title: a.title,
            attendance:
              a.attendance.length === 0
                ? t('rights.print.noAttendance')
                : t('rights.print.attended', {
                    sessions: a.attendance
                      .map((s) => t('rights.print.sessionLine', { date: fmt.date(s.date), hours: fmt.hours(s.hours) }))
                      .join(', '),
                  }),
          })
        }
      </ListSection>
      <ListSection id="vk-contacts" title={t('rights.print.contactsTitle')} empty={t('rights.print.none')} items={d.contacts}>
        {(c) => (
          <>
            {t('rights.print.contactLine', {
              date: fmt.date(c.date),
              kind: t(`contacts.kind.${c.kind}`, { defaultValue: c.kind }),
              hours: fmt.hours(c.hours),
            })}
            {c.steps.map((s) => (
              <div key={s.text}>{s.text}</div>
            ))}
          </>
        )}
      </ListSection>
      <ListSection
        id="vk-recipients"
        title={t('rights.print.recipientsTitle')}
        empty={t('rights.print.recipientsNone')}
        items={d.recipients.map((r) => ({ ...r, id: r.fingerprint }))}
      >
        {(r) =>
          t('rights.print.recipientLine', {
            office: r.office,
            fingerprint: r.fingerprint,
            date: r.lastSentAt ? fmt.date(r.lastSentAt) : NONE,
          })
        }
      </ListSection>
    </main>
  );
}

/** A section of the document: its heading, then its items as a list, or a line saying there are none. */
function ListSection<T extends { id: string }>(props: {
  id: string;
  title: string;
  empty: string;
  items: readonly T[];
  children: (item: T) => ReactNode;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul>
          {props.items.map((item) => (
            <li key={item.id}>{props.children(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function KeyValues({ rows }: { rows: Array<[string, string]> }) {
  const { t } = useTranslation();
  return (
    <table className="vk-table vk-fixed">
      <colgroup>
        <col style={{ width: '40%' }} />
        <col style={{ width: '60%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('rights.print.field')}</th>
          <th scope="col">{t('rights.print.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <td>{label}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RatingTable({ round, fmt, language }: { round: PersonDataRating; fmt: PrintFormat; language: Language }) {
  const { t } = useTranslation();
  const level = (n: number | null) => (n === null ? NONE : String(n));
  const title = t('rights.print.roundTitle', {
    kind: t(`assessments.kind.${round.kind}`, { defaultValue: round.kind }),
    date: fmt.date(round.date),
  });
  return (
    <>
      <h3>{title}</h3>
      <table className="vk-table vk-fixed">
        <colgroup>
          <col style={{ width: '34%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '30%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('rights.print.competence')}</th>
            <th scope="col" className="vk-num">
              {t('rights.print.required')}
            </th>
            <th scope="col" className="vk-num">
              {t('rights.print.self')}
            </th>
            <th scope="col" className="vk-num">
              {t('rights.print.advisor')}
            </th>
            <th scope="col">{t('rights.print.note')}</th>
          </tr>
        </thead>
        <tbody>
          {round.competences.map((c) => (
            <tr key={c.competenceId}>
              <td>{c.name ? c.name[language] : c.competenceId}</td>
              <td className="vk-num">{level(c.requiredLevel)}</td>
              <td className="vk-num">{level(c.selfLevel)}</td>
              <td className="vk-num">{level(c.advisorLevel)}</td>
              <td>{c.note ?? NONE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
