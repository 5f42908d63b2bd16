import { useTranslation } from 'react-i18next';
import type { GoalKind } from '@shared/api/assessments';
import { labelNamesKind } from '@shared/domain/printText';
import { en, sv } from '@shared/i18n/resources';
import type { PrintFormat } from './format';
import { goalFiguresText } from '../lib/numberFormat';

export interface PrintGoal {
  kind: GoalKind;
  label: string | null;
  currentValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
}

const UNITS: Partial<Record<GoalKind, 'turnover' | 'export_share'>> = { turnover: 'turnover', export_share: 'export_share' };

/**
 * The company's goals as a printed document lists them, in its language: a goal whose description only names its
 * kind ("Omsättning (tkr)", "Anställda") is printed as the kind in the document's language, with the kind's unit.
 */
export function PrintGoals({ goals, fmt }: { goals: PrintGoal[]; fmt: PrintFormat }) {
  const { t } = useTranslation();
  if (goals.length === 0) return null;
  const name = (g: PrintGoal) => {
    if (!labelNamesKind(g.label, [en.assessments.goalKind[g.kind], sv.assessments.goalKind[g.kind]])) return g.label;
    const unit = UNITS[g.kind];
    const kind = t(`assessments.goalKind.${g.kind}`);
    return unit ? `${kind} (${t(`businessCheck.goalUnit.${unit}`)})` : kind;
  };
  return (
    <ul className="vk-goals">
      {goals.map((g, i) => (
        <li key={i}>
          {name(g)}
          {goalFiguresText(t, fmt.goal, g)}
        </li>
      ))}
    </ul>
  );
}
