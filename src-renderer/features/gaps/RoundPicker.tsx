import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { RoundListItem } from '@shared/api/assessments';

export function useRoundLabel(): (r: RoundListItem) => string {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (r) =>
    t(r.completedAt ? 'gaps.section.roundOption' : 'gaps.section.roundOptionOpen', {
      kind: t(`gaps.section.kind.${r.kind}`),
      date: fmt.date(r.date),
    });
}

/** The newest round, and the one before it to compare with. */
export function defaultRounds(rounds: RoundListItem[]): { roundId: string | null; compareId: string | null } {
  const last = rounds[rounds.length - 1];
  const before = rounds[rounds.length - 2];
  return { roundId: last?.id ?? null, compareId: before?.id ?? null };
}

export function RoundPicker({
  rounds,
  roundId,
  compareId,
  onChange,
  withCompare = true,
}: {
  rounds: RoundListItem[];
  roundId: string | null;
  compareId: string | null;
  onChange: (roundId: string, compareId: string | null) => void;
  withCompare?: boolean;
}) {
  const { t } = useTranslation();
  const label = useRoundLabel();
  const options = rounds.map((r) => ({ value: r.id, label: label(r) }));
  return (
    <Group gap="sm" wrap="wrap" className="vk-no-print">
      <Select
        size="sm"
        w={260}
        label={t('gaps.section.round')}
        data={options}
        value={roundId}
        allowDeselect={false}
        onChange={(v) => v && onChange(v, compareId === v ? null : compareId)}
        data-testid="gaps-round"
      />
      {withCompare && (
        <Select
          size="sm"
          w={260}
          label={t('gaps.section.compare')}
          data={[{ value: '', label: t('gaps.section.noCompare') }, ...options.filter((o) => o.value !== roundId)]}
          value={compareId ?? ''}
          allowDeselect={false}
          onChange={(v) => roundId && onChange(roundId, v ? v : null)}
          data-testid="gaps-compare"
        />
      )}
    </Group>
  );
}
