import { Button, CopyButton, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OwnOffice } from '@shared/api/offices';
import { Section } from '../../lib/Section';
import { Fingerprint } from './Fingerprint';

/** This office's public card, to copy and give to the others, and its fingerprint to read aloud. */
export function ThisOffice({ own }: { own: OwnOffice }) {
  const { t } = useTranslation();
  return (
    <Section title={t('offices.own.title')} testId="own-office">
      <Text>{t('offices.own.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('offices.own.name', { name: own.name })}
      </Text>
      <Textarea
        label={t('offices.own.card')}
        value={own.card}
        readOnly
        autosize
        minRows={2}
        styles={{ input: { fontFamily: 'monospace', overflowWrap: 'anywhere' } }}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="own-card"
      />
      <CopyButton value={own.card}>
        {({ copied, copy }) => (
          <Button
            variant="light"
            onClick={copy}
            leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
            w="fit-content"
            data-testid="copy-card"
          >
            {copied ? t('offices.own.copied') : t('offices.own.copy')}
          </Button>
        )}
      </CopyButton>
      <Stack gap={4}>
        <Text fw={500}>{t('offices.own.fingerprint')}</Text>
        <Fingerprint value={own.fingerprint} label={t('offices.own.fingerprint')} />
      </Stack>
    </Section>
  );
}
