import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassportRating, PassportRound } from '@shared/api/passport';
import type { Language } from '@shared/i18n/languages';
import type { PrintFormat } from './format';

/** Rounds side by side per table: three fit the page's width with both ratings each. */
const ROUNDS_PER_TABLE = 3;
const NONE = '–';

/** Every competence rated in any of the rounds, in the order they first appear, named as the earliest round named it. */
function competencesOf(rounds: readonly PassportRound[]): Array<Pick<PassportRating, 'competenceId' | 'name'>> {
  const seen = new Map<string, Pick<PassportRating, 'competenceId' | 'name'>>();
  for (const r of rounds) for (const c of r.ratings) if (!seen.has(c.competenceId)) seen.set(c.competenceId, c);
  return [...seen.values()];
}

/**
 * The competence profile over the rounds: one row per competence, for each round the person's own level and the
 * advisor's side by side, so that a change between rounds reads along the row. More rounds than fit go to a next table.
 */
export function PassportProfile({ rounds, fmt, language }: { rounds: PassportRound[]; fmt: PrintFormat; language: Language }) {
  const groups: PassportRound[][] = [];
  for (let i = 0; i < rounds.length; i += ROUNDS_PER_TABLE) groups.push(rounds.slice(i, i + ROUNDS_PER_TABLE));
  return (
    <>
      {groups.map((group) => (
        <ProfileTable key={group[0]!.roundId} rounds={group} fmt={fmt} language={language} />
      ))}
    </>
  );
}

function ProfileTable({ rounds, fmt, language }: { rounds: PassportRound[]; fmt: PrintFormat; language: Language }) {
  const { t } = useTranslation();
  const byRound = rounds.map((r) => new Map(r.ratings.map((x) => [x.competenceId, x])));
  const level = (n: number | null | undefined) => (n === null || n === undefined ? NONE : String(n));
  const levelWidth = `${(56 / rounds.length / 2).toFixed(2)}%`;
  return (
    <table className="vk-table vk-fixed">
      <colgroup>
        <col style={{ width: '44%' }} />
        {rounds.flatMap((r) => [
          <col key={`${r.roundId}-s`} style={{ width: levelWidth }} />,
          <col key={`${r.roundId}-a`} style={{ width: levelWidth }} />,
        ])}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('passport.print.competence')}
          </th>
          {rounds.map((r) => (
            <th key={r.roundId} scope="colgroup" colSpan={2} className="vk-num">
              {t(`assessments.kind.${r.kind}`)}
              <br />
              {fmt.date(r.date)}
            </th>
          ))}
        </tr>
        <tr>
          {rounds.map((r) => (
            <Fragment key={r.roundId}>
              <th scope="col" className="vk-num">
                {t('assessments.competences.self')}
              </th>
              <th scope="col" className="vk-num">
                {t('assessments.competences.advisor')}
              </th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {competencesOf(rounds).map((c) => (
          <tr key={c.competenceId}>
            <td>{c.name[language]}</td>
            {byRound.map((ratings, i) => (
              <Fragment key={rounds[i]!.roundId}>
                <td className="vk-num">{level(ratings.get(c.competenceId)?.selfLevel)}</td>
                <td className="vk-num">{level(ratings.get(c.competenceId)?.advisorLevel)}</td>
              </Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
