import { useState } from 'react';
import { Alert, Anchor, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { hrefFor } from '../../lib/router';
import { useScreen } from '../../lib/screen';
import { PersonGapPanel } from './PersonGapPanel';
import { RoundPicker, defaultRounds } from './RoundPicker';
import { roundOrder } from '../../charts/palette';
import { loadAnalysedRound, useLoad } from './useGapData';

export interface PersonGapsScreenProps {
  companyId: string;
  personId: string;
  roundId?: string | null;
  competenceId?: string | null;
}

/** `#/companies/<id>/people/<personId>/gaps[/<roundId>[/<competenceId>]]`: one person's gaps in a chosen round. */
export function PersonGapsScreen({ companyId, personId, roundId: initialRound = null, competenceId = null }: PersonGapsScreenProps) {
  const { t } = useTranslation();
  const rounds = useLoad(companyId, () => invoke('rounds.list', { companyId }));
  const [chosen, setChosen] = useState<string | null>(initialRound);
  const list = rounds?.status === 'ready' ? rounds.value : [];
  const roundId = chosen ?? defaultRounds(list).roundId;
  const round = useLoad(roundId, () => loadAnalysedRound(roundId!));
  const person = round?.status === 'ready' ? round.value.round.people.find((p) => p.personId === personId) : undefined;
  const ready = rounds?.status !== 'loading' && (roundId === null || (round !== null && round.status !== 'loading'));
  useScreen('personGaps', ready, person ? `${person.name} – ${t('gaps.person.pageTitle')}` : t('gaps.person.pageTitle'));

  return (
    <Stack gap="md" data-screen="personGaps" data-ready={ready ? 'true' : 'false'}>
      <Anchor href={hrefFor({ name: 'company', id: companyId })} size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('gaps.person.back')}
        </Group>
      </Anchor>
      {list.length > 0 && (
        <RoundPicker rounds={list} roundId={roundId} compareId={null} withCompare={false} onChange={(r) => setChosen(r)} />
      )}
      {rounds?.status === 'ready' && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('gaps.section.noRounds')}
        </Text>
      )}
      {(rounds?.status === 'error' || round?.status === 'error') && (
        <Alert color="red" variant="light">
          {t('errors.internal')}
        </Alert>
      )}
      {!ready && (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {round?.status === 'ready' && (
        <PersonGapPanel
          round={round.value.round}
          personId={personId}
          frameworks={round.value.frameworks}
          highlightCompetenceId={competenceId}
          headingOrder={1}
          roundOrder={roundOrder(list, round.value.round.id)}
        />
      )}
    </Stack>
  );
}
