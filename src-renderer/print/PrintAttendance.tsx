import { useTranslation } from 'react-i18next';
import type { AttendanceSheet, AttendanceSheetActivity } from '@shared/api/print';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../api/client';
import { PrintFrame } from './PrintFrame';
import { printFormat } from './format';
import type { PrintFormat } from './format';
import { CompanySignature, DocumentHeader } from './parts';

/** At most this many sessions side by side: more go to a second table below, so that A4 keeps every column legible. */
export const SESSIONS_PER_TABLE = 7;

/** Column widths in % of the page: every table of the sheet on the same grid, so that its columns line up. */
const WIDTH = { name: 35, session: 8, total: 9 };
const tableWidth = (sessions: number, withTotal: boolean) => WIDTH.name + sessions * WIDTH.session + (withTotal ? WIDTH.total : 0);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * The monthly attendance sheet the funder audits, in the language chosen whatever the UI's: per activity, each
 * participant's hours at each session and in total, then a line for each participant's signature and the company's.
 * It prints only what `print.attendanceSheet` returns: no notes, no follow-up details.
 */
export function PrintAttendance(props: { companyId: string; month: string; language: Language; autoPrint: boolean }) {
  const { companyId, month, language } = props;
  return (
    <PrintFrame
      language={language}
      autoPrint={props.autoPrint}
      load={() => invoke('print.attendanceSheet', { companyId, month })}
      loadKey={`${companyId}/${month}`}
      title={(sheet, t) => `${t('print.attendance.title')} ${sheet.month} — ${sheet.companyName}`}
    >
      {(sheet) => <AttendanceDocument sheet={sheet} fmt={printFormat(language)} />}
    </PrintFrame>
  );
}

function AttendanceDocument({ sheet, fmt }: { sheet: AttendanceSheet; fmt: PrintFormat }) {
  const { t } = useTranslation();
  const month = fmt.month(sheet.month);
  return (
    <main className="vk-print vk-doc" data-company-id={sheet.companyId} data-month={sheet.month}>
      <DocumentHeader
        title={t('print.attendance.title')}
        facts={[
          [t('print.attendance.company'), sheet.companyName],
          [t('plans.print.orgNumber'), sheet.orgNumber],
          [t('print.attendance.month'), month],
        ]}
      />
      <p>{t('print.attendance.intro', { company: sheet.companyName, month })}</p>
      {sheet.activities.length === 0 && <p>{t('print.attendance.none', { month })}</p>}
      {sheet.activities.map((a) => (
        <ActivityAttendance key={a.id} activity={a} fmt={fmt} />
      ))}
      <Signatures sheet={sheet} fmt={fmt} />
    </main>
  );
}

/** One activity: its participants by its sessions, in tables of at most SESSIONS_PER_TABLE sessions; totals in the last. */
function ActivityAttendance({ activity, fmt }: { activity: AttendanceSheetActivity; fmt: PrintFormat }) {
  const { t } = useTranslation();
  const groups = chunks(
    activity.sessions.map((s, index) => ({ ...s, index })),
    SESSIONS_PER_TABLE,
  );
  return (
    <section className="vk-activity" aria-labelledby={`vk-activity-${activity.id}`} data-activity-id={activity.id}>
      <h2 id={`vk-activity-${activity.id}`}>{activity.title}</h2>
      {activity.participants.length === 0 && <p>{t('print.attendance.noParticipants')}</p>}
      {activity.participants.length > 0 &&
        groups.map((group, g) => (
          <SessionTable key={g} sessions={group} participants={activity.participants} withTotal={g === groups.length - 1} fmt={fmt} />
        ))}
    </section>
  );
}

interface SessionTableProps {
  sessions: Array<AttendanceSheetActivity['sessions'][number] & { index: number }>;
  participants: AttendanceSheetActivity['participants'];
  withTotal: boolean;
  fmt: PrintFormat;
}

function SessionTable({ sessions, participants, withTotal, fmt }: SessionTableProps) {
  const { t } = useTranslation();
  const width = tableWidth(sessions.length, withTotal);
  const col = (w: number) => ({ width: `${(w / width) * 100}%` });
  return (
    <table className="vk-table vk-fixed vk-attendance" style={{ width: `${width}%` }}>
      <colgroup>
        <col style={col(WIDTH.name)} />
        {sessions.map((s) => (
          <col key={s.id} style={col(WIDTH.session)} />
        ))}
        {withTotal && <col style={col(WIDTH.total)} />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('print.attendance.participant')}</th>
          {sessions.map((s) => (
            <th scope="col" key={s.id} className="vk-num">
              <span className="vk-nowrap">{fmt.day(s.date)}</span>
              <br />
              <span className="vk-nowrap vk-muted">{t('print.attendance.sessionHours', { hours: fmt.hours(s.hours) })}</span>
            </th>
          ))}
          {withTotal && (
            <th scope="col" className="vk-num">
              {t('print.attendance.total')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.personId}>
            <th scope="row">{p.name}</th>
            {sessions.map((s) => (
              <td key={s.id} className="vk-num">
                {fmt.hours(p.hours[s.index] ?? null)}
              </td>
            ))}
            {withTotal && <td className="vk-num vk-strong">{fmt.hours(p.totalHours)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Everyone on the sheet once, with their month's hours and a line to sign; then the company's signature. */
function Signatures({ sheet, fmt }: { sheet: AttendanceSheet; fmt: PrintFormat }) {
  const { t } = useTranslation();
  const totals = new Map<string, { name: string; hours: number }>();
  for (const a of sheet.activities) {
    for (const p of a.participants) {
      const entry = totals.get(p.personId) ?? { name: p.name, hours: 0 };
      entry.hours += p.totalHours;
      totals.set(p.personId, entry);
    }
  }
  const people = [...totals.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name, 'sv', { numeric: true }));
  return (
    <section className="vk-signatures" aria-labelledby="vk-signatures">
      <h2 id="vk-signatures">{t('print.attendance.signatures')}</h2>
      {people.length > 0 && (
        <>
          <p>{t('print.attendance.signaturesIntro')}</p>
          <table className="vk-table vk-fixed vk-sign-table">
            <colgroup>
              <col style={{ width: '34%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '34%' }} />
              <col style={{ width: '18%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('print.attendance.participant')}</th>
                <th scope="col" className="vk-num">
                  {t('print.attendance.totalHours')}
                </th>
                <th scope="col">{t('print.attendance.participantSignature')}</th>
                <th scope="col">{t('print.attendance.date')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map(([id, p]) => (
                <tr key={id}>
                  <th scope="row">{p.name}</th>
                  <td className="vk-num">{fmt.hours(p.hours)}</td>
                  <td className="vk-sign-line" />
                  <td className="vk-sign-line" />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <CompanySignature
        lines={[t('print.attendance.companySignature'), t('print.attendance.nameClarification'), t('print.attendance.date')]}
      />
    </section>
  );
}
