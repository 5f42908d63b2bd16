import { useState } from 'react';
import { Alert, Box, Center, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompanyRadar } from '../../charts/CompanyRadar';
import { ProgressChart } from '../../charts/ProgressChart';
import { TeamHeatmap } from '../../charts/TeamHeatmap';
import type { ChartRound } from '../../charts/CompanyRadar';
import { useNumber } from '../../charts/ChartFrame';
import { roundOrder } from '../../charts/palette';
import type { RoundListItem } from '@shared/api/assessments';
import { progressBetween } from '@shared/domain/gaps';
import { hrefFor, useRouter } from '../../lib/router';
import { Section } from '../../lib/Section';
import { TableHead } from '../../lib/TableHead';
import { invoke } from '../../api/client';
import { RoundPicker, defaultRounds, useRoundLabel } from './RoundPicker';
import { loadAnalysedRound, useLabels, useLoad, type AnalysedRound } from './useGapData';

const TOP_GAPS = 10;

/** "Situation and team" on the company page: radar, team heatmap and progress for the chosen rounds. */
export function GapsSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const rounds = useLoad(companyId, () => invoke('rounds.list', { companyId }));
  const [chosen, setChosen] = useState<{ roundId: string; compareId: string | null } | null>(null);
  const list = rounds?.status === 'ready' ? rounds.value : [];
  const defaults = defaultRounds(list);
  const roundId = chosen?.roundId ?? defaults.roundId;
  const compareId = chosen ? chosen.compareId : defaults.compareId;
  const main = useLoad(roundId, () => loadAnalysedRound(roundId!));
  const other = useLoad(compareId, () => loadAnalysedRound(compareId!));

  const loading = !rounds || rounds.status === 'loading' || main?.status === 'loading' || other?.status === 'loading';
  const failed = [rounds, main, other].find((s) => s?.status === 'error');

  let body;
  if (failed && failed.status === 'error') {
    body = (
      <Alert color="red" variant="light">
        {t(`errors.${failed.code}` as 'errors.internal', { defaultValue: t('errors.internal') })}
      </Alert>
    );
  } else if (rounds?.status === 'ready' && list.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {t('gaps.section.noRounds')}
      </Text>
    );
  } else if (loading || main?.status !== 'ready') {
    body = (
      <Center py="lg">
        <Loader size="sm" aria-label={t('app.loading')} />
      </Center>
    );
  } else {
    body = <GapCharts companyId={companyId} rounds={list} main={main.value} other={other?.status === 'ready' ? other.value : null} />;
  }

  return (
    <Box mt="md">
      <Section title={t('gaps.section.title')} testId="gaps-section">
        <div data-testid="gaps-state" data-ready={loading ? 'false' : 'true'}>
          <Stack gap="md">
            {list.length > 0 && (
              <RoundPicker
                rounds={list}
                roundId={roundId}
                compareId={compareId}
                onChange={(r, c) => setChosen({ roundId: r, compareId: c })}
              />
            )}
            {body}
          </Stack>
        </div>
      </Section>
    </Box>
  );
}

interface GapChartsProps {
  companyId: string;
  /** Every round of the company: a round's colour follows from its place among them. */
  rounds: RoundListItem[];
  main: AnalysedRound;
  other: AnalysedRound | null;
}

function GapCharts({ companyId, rounds, main, other }: GapChartsProps) {
  const { t } = useTranslation();
  const num = useNumber();
  const roundLabel = useRoundLabel();
  const chartRound = (a: AnalysedRound): ChartRound => {
    const item = rounds.find((r) => r.id === a.round.id);
    return { label: item ? roundLabel(item) : a.round.date, order: roundOrder(rounds, a.round.id) };
  };
  const navigate = useRouter((s) => s.navigate);
  const labels = useLabels(main.frameworks, main.round);
  const otherLabels = useLabels(other?.frameworks ?? null, other?.round ?? null);
  const competenceLabel = (id: string) => {
    const l = labels.competence(id);
    return l === id ? otherLabels.competence(id) : l;
  };
  const competences = main.input.competences
    .map((c) => ({ id: c.id, label: labels.competence(c.id), groupId: c.groupId }))
    .sort((a, b) => labels.competenceOrder(a.id) - labels.competenceOrder(b.id) || a.label.localeCompare(b.label));
  const [from, to] = other && other.round.date > main.round.date ? [main, other] : other ? [other, main] : [null, null];
  const progress = from && to ? progressBetween(from.gaps, to.gaps) : null;
  const vulnerable = main.gaps.coverage.filter((c) => c.vulnerable && c.holders > 0);
  const people = new Map(main.gaps.people.map((p) => [p.personId, p.name]));
  const top = main.gaps.topGaps.slice(0, TOP_GAPS);

  return (
    <Stack gap="xl">
      <CompanyRadar
        areas={main.gaps.areas}
        compareAreas={other?.gaps.areas ?? null}
        areaLabel={labels.area}
        round={chartRound(main)}
        compare={other ? chartRound(other) : null}
      />
      <TeamHeatmap
        key={main.round.id}
        people={main.gaps.people}
        competences={competences}
        groups={labels.groups}
        coverage={main.gaps.coverage}
        personHref={(personId) => hrefFor({ name: 'personGaps', companyId, personId, roundId: main.round.id })}
        onCellClick={(personId, competenceId) =>
          navigate({ name: 'personGaps', companyId, personId, roundId: main.round.id, competenceId })
        }
      />
      {main.gaps.people.length < 2 ? (
        // With one person every competence rests on them: listing them all as vulnerable would say nothing.
        <Text size="sm" data-testid="gaps-solo">
          {t('gaps.section.soloTeam')}
        </Text>
      ) : vulnerable.length > 0 ? (
        <Alert color="yellow" variant="light" data-testid="gaps-vulnerable">
          {t('gaps.section.vulnerable', { list: vulnerable.map((c) => competenceLabel(c.competenceId)).join(', ') })}
        </Alert>
      ) : (
        <Text size="sm">{t('gaps.section.noVulnerable')}</Text>
      )}
      {top.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder captionSide="top" data-testid="gaps-top">
            <Table.Caption>{t('gaps.section.topGapsCaption')}</Table.Caption>
            <TableHead
              columns={[
                { label: t('gaps.heatmap.person') },
                { label: t('gaps.person.competence') },
                { label: t('gaps.person.gap'), numeric: true },
                { label: t('gaps.person.weighted'), numeric: true },
              ]}
            />
            <Table.Tbody>
              {top.map((g) => (
                <Table.Tr key={`${g.personId}/${g.competenceId}`}>
                  <Table.Td>{people.get(g.personId)}</Table.Td>
                  <Table.Td>{competenceLabel(g.competenceId)}</Table.Td>
                  <Table.Td ta="right">{num(g.gap)}</Table.Td>
                  <Table.Td ta="right">{num(g.weighted)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {progress && from && to ? (
        <ProgressChart progress={progress} areaLabel={labels.area} from={chartRound(from)} to={chartRound(to)} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('gaps.progress.needsTwo')}
        </Text>
      )}
    </Stack>
  );
}
