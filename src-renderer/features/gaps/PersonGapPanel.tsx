import { useMemo } from 'react';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PersonGapBars } from '../../charts/PersonGapBars';
import { gapInputFromRound, personGaps } from '@shared/domain/gaps';
import type { FrameworksResult, RoundDetail } from '@shared/api/assessments';
import { useNumber } from '../../charts/ChartFrame';
import { useLabels } from './useGapData';

export interface PersonGapPanelProps {
  /** The round as `rounds.get` returns it (an open round works: the panel follows the ratings as they are saved). */
  round: RoundDetail;
  personId: string;
  /** `frameworks.get` for the round's versions (situationVersion = round.frameworkVersion, catalogueVersion = round.catalogueVersion). */
  frameworks: Pick<FrameworksResult, 'situation' | 'catalogue'>;
  /** A competence to mark (e.g. chosen in the team heatmap). */
  highlightCompetenceId?: string | null;
  /** Heading level of the panel's title; default 2. */
  headingOrder?: 1 | 2 | 3 | 4;
  /** The table of every rating; left out where the ratings are already on screen (the competence analysis). */
  showRatings?: boolean;
  /** The round's place among the company's rounds (palette.roundOrder); by default a baseline is first, a follow-up second. */
  roundOrder?: number;
}

/** One person's gaps: totals, gap bars, current vs required, and every rating with the disagreement flag. */
export function PersonGapPanel({
  round,
  personId,
  frameworks,
  highlightCompetenceId = null,
  headingOrder = 2,
  showRatings = true,
  roundOrder,
}: PersonGapPanelProps) {
  const { t } = useTranslation();
  const num = useNumber();
  const labels = useLabels(frameworks as FrameworksResult, round);
  const gaps = useMemo(() => {
    const input = gapInputFromRound(round, frameworks);
    const person = input.people.find((p) => p.id === personId);
    if (!person) return null;
    return personGaps(person, new Map(input.competences.map((c) => [c.id, c.priority])));
  }, [round, frameworks, personId]);

  if (!gaps) {
    return (
      <Text size="sm" c="dimmed" data-testid="person-gap-panel">
        {t('gaps.person.noPerson')}
      </Text>
    );
  }

  return (
    <Stack gap="md" data-testid="person-gap-panel" data-person-id={personId}>
      <Stack gap={2}>
        <Title order={headingOrder} size="h4">
          {t('gaps.person.title', { name: gaps.name })}
        </Title>
        <Text size="sm" data-testid="person-gap-totals" data-rated={gaps.rated}>
          {gaps.rated > 0 ? t('gaps.person.totals', { total: num(gaps.totalGap), count: gaps.rated }) : t('gaps.person.totalsNone')}
        </Text>
      </Stack>
      <PersonGapBars person={gaps} competenceLabel={labels.competence} roundOrder={roundOrder ?? (round.kind === 'baseline' ? 0 : 1)} />
      {showRatings && (
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder striped captionSide="top" data-testid="person-gap-ratings">
            <Table.Caption>{t('gaps.person.title', { name: gaps.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('gaps.person.competence')}</Table.Th>
                <Table.Th scope="col">{t('gaps.person.priority')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.person.required')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.person.self')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.person.advisor')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.person.gap')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('gaps.person.weighted')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {gaps.cells.map((c) => {
                const highlighted = c.competenceId === highlightCompetenceId;
                return (
                  <Table.Tr
                    key={c.competenceId}
                    data-competence-id={c.competenceId}
                    aria-current={highlighted ? 'true' : undefined}
                    style={highlighted ? { outline: '3px solid var(--mantine-color-blue-7)', outlineOffset: -3 } : undefined}
                  >
                    <Table.Th scope="row" fw={500}>
                      {labels.competence(c.competenceId)}
                      {highlighted && (
                        <Badge ml="xs" size="xs" variant="light">
                          {t('gaps.person.highlighted')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>{t(`gaps.person.priorityLevel.${c.priority}`)}</Table.Td>
                    <Table.Td ta="right">{num(c.required)}</Table.Td>
                    <Table.Td ta="right">{num(c.self)}</Table.Td>
                    <Table.Td ta="right">
                      {num(c.advisor)}
                      {c.disagreement && (
                        <Badge
                          ml={6}
                          size="xs"
                          // A shade in `color` makes Mantine's light badge solid with pale text (about 2:1): the
                          // light orange ground with dark text (7:1) instead.
                          color="orange"
                          c="#8a3a00"
                          variant="light"
                          leftSection={<IconAlertTriangle size={10} aria-hidden />}
                          title={t('gaps.person.disagreement')}
                          aria-label={t('gaps.person.disagreement')}
                        >
                          {t('gaps.person.disagreementShort')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {c.gap === null ? t('gaps.person.notRated') : num(c.gap)}
                    </Table.Td>
                    <Table.Td ta="right">{num(c.weighted)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
