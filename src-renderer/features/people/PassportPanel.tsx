import { useState } from 'react';
import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { personFieldSchemas } from '@shared/api/people';
import type { Person } from '@shared/api/people';
import type { Language } from '@shared/i18n/languages';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { clock } from '../../lib/clock';
import { notifyError, notifySuccess } from '../../lib/errors';
import { AutoCheckbox, AutoDate, AutoText } from '../../lib/fields';
import { PdfLanguageChoice, PrintDocumentButton } from '../../print/PrintButtons';
import { bytesToBase64, download } from '../exchange';
import { usePeople } from './store';

const PASSPORT_FIELDS = {
  passportConsent: personFieldSchemas.passportConsent,
  passportConsentAt: personFieldSchemas.passportConsentAt,
  learningWishes: personFieldSchemas.learningWishes,
};

/**
 * The person's competence passport (issue 16): their consent to it (dated like the other consents), what they want to
 * learn next, and the passport itself as a PDF in the language chosen here or as Europass JSON. Without consent the
 * buttons are disabled; the services refuse as well (`passport.noConsent`).
 */
export function PassportPanel({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const saved = usePeople((s) => s.saved);
  const [language, setLanguage] = useState<Language>(i18n.language === 'sv' ? 'sv' : 'en');
  const { fields, commit } = useAutosave({
    scope: `passport:${person.id}`,
    schemas: PASSPORT_FIELDS,
    record: person,
    send: (patch) => invoke('people.update', { id: person.id, patch }),
    onSaved: saved,
  });
  const consent = person.passportConsent;

  return (
    <Stack gap="sm" data-testid="passport-panel">
      <Divider mt="sm" />
      <Title order={3} size="h5">
        {t('passport.panel.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('passport.panel.explanation')}
      </Text>
      <AutoCheckbox
        {...fields.passportConsent}
        label={t('passport.panel.consent')}
        checked={consent}
        onCommit={(checked) =>
          commit(
            checked ? { passportConsent: true, passportConsentAt: person.passportConsentAt ?? clock.today() } : { passportConsent: false },
          )
        }
      />
      <AutoDate {...fields.passportConsentAt} label={t('passport.panel.consentAt')} disabled={!consent} past />
      <AutoText
        {...fields.learningWishes}
        multiline
        label={t('passport.panel.wishes')}
        placeholder={t('passport.panel.wishesPlaceholder')}
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <PdfLanguageChoice id={`passport-language-${person.id}`} value={language} onChange={setLanguage} testId="passport-language" />
        <PrintDocumentButton
          doc={{ document: 'passport', personId: person.id, language }}
          label={t('passport.panel.pdf')}
          testId="print-passport"
          variant="light"
          disabled={!consent}
        />
        <PassportJsonButton personId={person.id} language={language} disabled={!consent} />
      </Group>
      {!consent && (
        <Text size="sm" c="dimmed">
          {t('passport.panel.noConsentHint')}
        </Text>
      )}
    </Stack>
  );
}

/** The passport as Europass JSON, saved the way the report's XLSX and the exchange files are (a download; Electron asks where). */
function PassportJsonButton({ personId, language, disabled }: { personId: string; language: Language; disabled: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const save = () => {
    setBusy(true);
    invoke('passport.exportJson', { personId, language })
      .then((r) => {
        download(r.fileName, bytesToBase64(new TextEncoder().encode(r.text)));
        notifySuccess(t('passport.panel.jsonSaved'));
      }, notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileCode size={18} aria-hidden />}
      onClick={save}
      loading={busy}
      disabled={disabled}
      data-testid="passport-json"
    >
      {t('passport.panel.json')}
    </Button>
  );
}
