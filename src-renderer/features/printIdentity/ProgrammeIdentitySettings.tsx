import { useRef, useState } from 'react';
import { Button, Divider, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AutoText } from '../../lib/fields';
import { fieldMessageKey, tx } from '../../lib/errors';
import { api } from '@shared/api';
import type { Settings } from '@shared/api/session';
import { LOGO_CHOICE_TYPES, MAX_LOGO_BYTES } from '@shared/domain/logo';
import { logoFromFile } from './logoFile';

type IdentityKey = 'programmeName' | 'advisorPhone' | 'advisorEmail' | 'programmeLogo';

const TEXTS = [
  { key: 'programmeName', label: 'businessCheck.settings.programmeName', type: 'text' },
  { key: 'advisorPhone', label: 'businessCheck.settings.advisorPhone', type: 'tel' },
  { key: 'advisorEmail', label: 'businessCheck.settings.advisorEmail', type: 'email' },
] as const;

/**
 * The programme's identity on printed documents, in the Settings dialog: its name, the owner's logo (PNG, JPEG or
 * SVG; an SVG is redrawn as a PNG before it is saved) and this advisor's phone and e-mail for the plan's cover.
 * Each value is checked with the contract's schema before the dialog's `save` stores it.
 */
export function ProgrammeIdentitySettings({ settings, save }: { settings: Settings; save(patch: Partial<Settings>): void }) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<IdentityKey, string>>>({});
  const input = useRef<HTMLInputElement>(null);
  const shape = api['settings.update'].input.shape;
  const commit = (key: IdentityKey, value: string | null) => {
    const parsed = shape[key].safeParse(value);
    setErrors((e) => ({ ...e, [key]: parsed.success ? undefined : tx(t, fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid')) }));
    if (parsed.success) save({ [key]: value });
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const logo = await logoFromFile(file);
    if ('issue' in logo)
      setErrors((e) => ({ ...e, programmeLogo: t(logo.issue === 'size' ? 'errors.field.logoSize' : 'errors.field.logoType') }));
    else commit('programmeLogo', logo.dataUrl);
  };
  return (
    <>
      <Divider mt="xs" />
      <Title order={3} size="h5">
        {t('businessCheck.settings.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('businessCheck.settings.help')}
      </Text>
      {TEXTS.map(({ key, label, type }) => (
        <AutoText
          key={key}
          name={key}
          type={type}
          label={t(label)}
          description={key === 'programmeName' ? undefined : t('businessCheck.settings.contactHelp')}
          value={settings[key]}
          error={errors[key]}
          onCommit={(v) => commit(key, v.trim() === '' ? null : v.trim())}
        />
      ))}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="programme-logo-label">
          {t('businessCheck.settings.logo')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('businessCheck.settings.logoHelp', { kb: Math.round(MAX_LOGO_BYTES / 1024) })}
        </Text>
        {settings.programmeLogo ? (
          <Image
            src={settings.programmeLogo}
            alt={t('businessCheck.settings.logoPreview')}
            h={48}
            w="auto"
            fit="contain"
            style={{ alignSelf: 'flex-start' }}
            data-testid="logo-preview"
          />
        ) : (
          <Text size="sm">{t('businessCheck.settings.noLogo')}</Text>
        )}
        <input
          ref={input}
          type="file"
          accept={LOGO_CHOICE_TYPES.join(',')}
          hidden
          aria-labelledby="programme-logo-label"
          data-testid="logo-file"
          onChange={(e) => {
            void choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <Group gap="sm">
          <Button variant="default" leftSection={<IconPhoto size={16} aria-hidden />} onClick={() => input.current?.click()}>
            {t('businessCheck.settings.chooseLogo')}
          </Button>
          {settings.programmeLogo && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => commit('programmeLogo', null)}
            >
              {t('businessCheck.settings.removeLogo')}
            </Button>
          )}
        </Group>
        {errors.programmeLogo && (
          <Text size="sm" c="red" role="alert" data-testid="logo-error">
            {errors.programmeLogo}
          </Text>
        )}
      </Stack>
    </>
  );
}
