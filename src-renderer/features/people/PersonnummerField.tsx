import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personFieldSchemas } from '@shared/api/people';
import type { Person } from '@shared/api/people';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { useSaveStatus } from '../../lib/saveStatus';
import { usePeople } from './store';

const FIELDS = { personnummer: personFieldSchemas.personnummer };
/** The contract's Person has only the mask: every value typed here is sent (a removal too). */
type Written = Person & { personnummer?: string | null };

/**
 * The participant's personnummer for the funder's registration (issue 14): optional, shown masked only (the full
 * number is written here and never read back), replaced or removed; checked as typed (the contract's own rule) and
 * by the service with the clock.
 */
export function PersonnummerField({ person }: { person: Person }) {
  const { t } = useTranslation();
  const saved = usePeople((s) => s.saved);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const scope = `personnummer:${person.id}`;
  const { fields, commit } = useAutosave<typeof FIELDS, Written>({
    scope,
    schemas: FIELDS,
    record: person,
    same: () => false,
    send: (patch) => invoke('people.update', { id: person.id, patch }),
    onSaved: (p) => {
      saved(p);
      setEditing(false);
    },
  });
  const error = fields.personnummer.error;
  const masked = person.personnummerMasked;
  const open = editing || Boolean(error);
  return (
    <Stack gap="xs" data-testid="personnummer">
      <Title order={3} size="h5">
        {t('companyRules.personnummer.title')}
      </Title>
      {open ? (
        <>
          <TextInput
            name="personnummer"
            label={t('companyRules.personnummer.label')}
            description={t('companyRules.personnummer.description')}
            placeholder={t('companyRules.personnummer.placeholder')}
            value={draft}
            error={error || undefined}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            data-autofocus
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit({ personnummer: draft });
            }}
          />
          <Group gap="xs">
            <Button size="xs" onClick={() => commit({ personnummer: draft })} disabled={draft.trim() === ''}>
              {t('companyRules.personnummer.save')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => {
                setEditing(false);
                setDraft('');
                useSaveStatus.getState().setErrors(scope, { personnummer: null });
              }}
            >
              {t('companyRules.personnummer.cancel')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('companyRules.personnummer.description')}
          </Text>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={500} component="span">
              {t('companyRules.personnummer.label')}:
            </Text>
            <Text size="sm" ff="monospace" component="span" data-testid="personnummer-masked">
              {masked ?? t('companyRules.personnummer.none')}
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                setDraft('');
                setEditing(true);
              }}
            >
              {masked ? t('companyRules.personnummer.change') : t('companyRules.personnummer.add')}
            </Button>
            {masked && (
              <Button size="xs" variant="default" onClick={() => commit({ personnummer: null })}>
                {t('companyRules.personnummer.remove')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
