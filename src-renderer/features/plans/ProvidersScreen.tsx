import { useEffect, useState } from 'react';
import { Button, Card, Center, Group, Loader, SimpleGrid, Stack, TagsInput, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useAutosave } from '../../lib/autosave';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { notifyError } from '../../lib/errors';
import { AutoSelect, AutoText } from '../../lib/fields';
import { SaveIndicator } from '../../lib/SaveIndicator';
import { useScreen } from '../../lib/screen';
import { PROVIDER_KINDS, providerFieldSchemas } from '@shared/api/plans';
import type { Provider, ProviderKind } from '@shared/api/plans';
import { useMunicipalityOptions } from '../companies';

function ProviderCard({ provider, onChange, onDelete }: { provider: Provider; onChange(p: Provider): void; onDelete(p: Provider): void }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalityOptions(false);
  const {
    errors: msg,
    commit,
    fields,
  } = useAutosave({
    scope: `provider:${provider.id}`,
    schemas: providerFieldSchemas,
    record: provider,
    send: (patch) => invoke('providers.update', { id: provider.id, patch }),
    onSaved: onChange,
  });
  return (
    <Card withBorder component="li" padding="md" data-provider-id={provider.id} aria-label={provider.name}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <AutoText {...fields.name} label={t('plans.providers.name')} required />
          <AutoSelect
            {...fields.kind}
            label={t('plans.providers.kind')}
            data={PROVIDER_KINDS.map((k) => ({ value: k, label: t(`plans.providers.kinds.${k}`) }))}
            onCommit={(v) => v && commit({ kind: v as ProviderKind })}
          />
          <AutoSelect {...fields.municipalityCode} label={t('plans.providers.municipality')} data={municipalities} clearable />
          <AutoText {...fields.contact} label={t('plans.providers.contact')} />
        </SimpleGrid>
        <TagsInput
          label={t('plans.providers.topics')}
          description={t('plans.providers.topicsHint')}
          value={provider.topics}
          error={msg.topics}
          onChange={(v) => commit({ topics: v })}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('plans.providers.used', { count: provider.activityCount })}
          </Text>
          <Button variant="default" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onDelete(provider)}>
            {t('plans.providers.delete')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function ProvidersScreen() {
  const { t } = useTranslation();
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [deleting, setDeleting] = useState<Provider | null>(null);
  useScreen('providers', providers !== null, t('plans.providers.title'));

  useEffect(() => {
    invoke('providers.list', {}).then(setProviders, notifyError);
  }, []);

  const add = async () => {
    try {
      const p = await invoke('providers.create', { name: t('plans.providers.newName'), kind: 'other' });
      setProviders((ps) => [p, ...(ps ?? [])]);
    } catch (error) {
      notifyError(error);
    }
  };
  const remove = async (p: Provider) => {
    try {
      await invoke('providers.delete', { id: p.id });
      setProviders((ps) => (ps ?? []).filter((x) => x.id !== p.id));
    } catch (error) {
      notifyError(error);
    }
    setDeleting(null);
  };

  if (!providers) {
    return (
      <Center py="xl" data-screen="providers" data-ready="false">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="md" data-screen="providers" data-ready="true">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('plans.providers.title')}
        </Title>
        <Group>
          <SaveIndicator />
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => void add()} data-testid="add-provider">
            {t('plans.providers.add')}
          </Button>
        </Group>
      </Group>
      <Text>{t('plans.providers.intro')}</Text>
      {providers.length === 0 ? (
        <Text c="dimmed">{t('plans.providers.empty')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {providers.map((p) => (
            <ProviderCard
              key={p.id}
              provider={p}
              onChange={(n) => setProviders((ps) => (ps ?? []).map((x) => (x.id === n.id ? n : x)))}
              onDelete={setDeleting}
            />
          ))}
        </Stack>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('plans.providers.deleteTitle')}
        body={t('plans.providers.deleteBody', { name: deleting?.name ?? '' })}
        confirm={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      />
    </Stack>
  );
}
