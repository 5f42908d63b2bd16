import { useTranslation } from 'react-i18next';
import type { DeMinimisCertificate } from '@shared/api/print';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../api/client';
import { PrintFrame } from './PrintFrame';
import { printFormat } from './format';
import type { PrintFormat } from './format';
import { CompanySignature, DocumentHeader } from './parts';

/**
 * The de minimis certificate the company keeps for ten years and declares when it applies for other aid: the aid the
 * programme granted it in the three years up to today, in SEK and EUR, with the regulation and the granting body.
 * A personnummer is never printed (the row is left out); nothing but `print.deMinimisCertificate`'s data is shown.
 */
export function PrintDeMinimis({ companyId, language, autoPrint }: { companyId: string; language: Language; autoPrint: boolean }) {
  return (
    <PrintFrame
      language={language}
      autoPrint={autoPrint}
      load={() => invoke('print.deMinimisCertificate', { companyId })}
      loadKey={companyId}
      title={(c, t) => `${t('print.deMinimis.title')} — ${c.companyName}`}
    >
      {(c) => <Certificate c={c} fmt={printFormat(language)} />}
    </PrintFrame>
  );
}

function Certificate({ c, fmt }: { c: DeMinimisCertificate; fmt: PrintFormat }) {
  const { t } = useTranslation();
  const money = (n: number | null) => (n === null ? '–' : fmt.money(n));
  const grantingBody = [t('print.deMinimis.programme'), c.office].filter(Boolean).join(', ');
  const facts: Array<[string, string]> = [[t('print.attendance.company'), c.companyName]];
  if (c.orgNumber !== null) facts.push([t('plans.print.orgNumber'), c.orgNumber]);
  facts.push(
    [t('print.deMinimis.grantingBody'), grantingBody],
    [t('print.deMinimis.period'), t('print.deMinimis.periodValue', { from: fmt.date(c.windowStart), to: fmt.date(c.issuedOn) })],
    [t('print.deMinimis.issuedOn'), fmt.date(c.issuedOn)],
  );
  const unvalued = c.grants.some((g) => g.amountSek === null || g.amountEur === null);
  return (
    <main className="vk-print vk-doc" data-company-id={c.companyId}>
      <DocumentHeader title={t('print.deMinimis.title')} facts={facts} />
      {c.grants.length > 0 && <p>{t('print.deMinimis.intro', { company: c.companyName, regulation: t('print.deMinimis.regulation') })}</p>}
      {c.grants.length === 0 ? (
        <p>{t('print.deMinimis.none')}</p>
      ) : (
        <table className="vk-table vk-fixed vk-grants">
          <colgroup>
            <col style={{ width: '20%' }} />
            <col style={{ width: '44%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '18%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('print.deMinimis.date')}</th>
              <th scope="col">{t('print.deMinimis.support')}</th>
              <th scope="col" className="vk-num">
                {t('print.deMinimis.amountSek')}
              </th>
              <th scope="col" className="vk-num">
                {t('print.deMinimis.amountEur')}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.grants.map((g, i) => (
              <tr key={i}>
                <td>{fmt.date(g.date)}</td>
                <td>{g.title ?? t('print.deMinimis.advice')}</td>
                <td className="vk-num">{money(g.amountSek)}</td>
                <td className="vk-num">{money(g.amountEur)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('print.deMinimis.total')}
              </th>
              <td className="vk-num vk-strong">{money(c.totalSek)}</td>
              <td className="vk-num vk-strong">{money(c.totalEur)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {c.eurRate !== null && c.grants.length > 0 && (
        <p className="vk-muted">{t('print.deMinimis.eurRate', { rate: fmt.rate(c.eurRate) })}</p>
      )}
      {unvalued && <p>{t('print.deMinimis.unvalued')}</p>}
      <section className="vk-notice" aria-labelledby="vk-keep">
        <h2 id="vk-keep">{t('print.deMinimis.keepTitle')}</h2>
        <p>{t('print.deMinimis.keep')}</p>
        <p className="vk-muted">{t('print.deMinimis.regulationShort')}</p>
      </section>
      <CompanySignature lines={[t('print.deMinimis.signature'), t('print.attendance.nameClarification'), t('print.attendance.date')]} />
    </main>
  );
}
