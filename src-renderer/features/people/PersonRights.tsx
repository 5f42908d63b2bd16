import { useCallback, useEffect, useState } from 'react';
import { Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '@shared/api/people';
import { CONSENT_KINDS, LEGAL_BASIS } from '@shared/domain/consent';
import type { ConsentEvent } from '@shared/domain/consent';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { PdfLanguageChoice, PrintDocumentButton } from '../../print/PrintButtons';
import { bytesToBase64, download } from '../exchange';

/** The kinds a person's record shows the basis of (the company's own consent is on the company). */
const PERSON_KINDS = CONSENT_KINDS.filter((k) => k !== 'company');

function ConsentHistory({ events }: { events: ConsentEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <Text size="sm">{t('rights.panel.historyEmpty')}</Text>;
  return (
    <List size="sm" spacing={4} data-testid="consent-history">
      {events.map((e) => (
        <List.Item key={e.id}>
          <Text span size="sm" fw={500}>
            {t(`rights.kind.${e.kind}`)}: {t(`rights.action.${e.action}`)} {format.date(e.date)}
          </Text>{' '}
          <Text span size="sm" c="dimmed">
            (
            {[
              e.by ? t('rights.event.by', { by: e.by }) : null,
              e.textVersion === '0' ? t('rights.event.versionUnknown') : t('rights.event.version', { version: e.textVersion }),
            ]
              .filter(Boolean)
              .join(', ')}
            )
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Art. 15: everything held about the person, as JSON (saved) or as a PDF in the language chosen here. */
function PersonDataExport({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language === 'sv' ? 'sv' : 'en');
  const [busy, setBusy] = useState(false);
  const saveJson = async () => {
    setBusy(true);
    try {
      const data = await invoke('rights.personData', { personId: person.id });
      const text = `${JSON.stringify(data, null, 2)}\n`;
      download(`person-data-${person.id}.json`, bytesToBase64(new TextEncoder().encode(text)));
      notifySuccess(t('rights.export.saved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Title order={3} size="h5">
        {t('rights.export.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rights.export.explanation')}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <PdfLanguageChoice id={`person-data-language-${person.id}`} value={language} onChange={setLanguage} testId="person-data-language" />
        <PrintDocumentButton
          doc={{ document: 'personData', personId: person.id, language }}
          label={t('rights.export.pdf')}
          testId="print-person-data"
          variant="light"
        />
        <Button
          variant="default"
          leftSection={<IconFileCode size={18} aria-hidden />}
          onClick={() => void saveJson()}
          loading={busy}
          data-testid="person-data-json"
        >
          {t('rights.export.json')}
        </Button>
      </Group>
    </>
  );
}

/**
 * The person's rights in their drawer (issue 15): which legal basis each kind of data rests on, their consent history
 * (every consent given or withdrawn, by whom, which text), their consent to take part, and the export of what we hold.
 */
export function PersonRights({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [events, setEvents] = useState<ConsentEvent[]>([]);
  const load = useCallback(() => invoke('consent.history', { personId: person.id }).then(setEvents, notifyError), [person.id]);
  // Reloaded whenever the person is saved: a consent column may have changed.
  useEffect(() => void load(), [load, person.revision]);
  const participating = events.find((e) => e.kind === 'participation')?.action === 'given';
  const recordParticipation = async (given: boolean) => {
    try {
      await invoke('consent.record', { personId: person.id, kind: 'participation', given });
      notifySuccess(t(given ? 'rights.panel.participationGiven' : 'rights.panel.participationWithdrawn'));
      await load();
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Stack gap="sm" data-testid="person-rights">
      <Divider mt="sm" />
      <Title order={3} size="h5">
        {t('rights.panel.title')}
      </Title>
      <Text size="sm">{t('rights.panel.basisIntro')}</Text>
      <List size="sm" spacing={4} data-testid="legal-bases">
        {PERSON_KINDS.map((kind) => (
          <List.Item key={kind}>
            <Text size="sm" fw={500}>
              {t(`rights.basisName.${LEGAL_BASIS[kind]}`)}
            </Text>
            <Text size="sm">{t(`rights.panel.basis.${kind}`)}</Text>
          </List.Item>
        ))}
      </List>
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t('rights.panel.participationTitle')}
        </Text>
        <Button size="xs" variant="light" onClick={() => void recordParticipation(!participating)} data-testid="participation-consent">
          {t(participating ? 'rights.panel.participationWithdraw' : 'rights.panel.participationGive')}
        </Button>
      </Group>
      <Title order={4} size="h6">
        {t('rights.panel.historyTitle')}
      </Title>
      <ConsentHistory events={events} />
      <PersonDataExport person={person} />
    </Stack>
  );
}
