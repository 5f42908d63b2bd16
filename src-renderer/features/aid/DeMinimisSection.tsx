import { useEffect } from 'react';
import { Alert, Box, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { Section } from '../../lib/Section';
import type { DeMinimisSummary } from '@shared/api/aid';
import type { Language } from '@shared/i18n/languages';
import { PrintDocumentButton } from '../../print/PrintButtons';
import { AidLines } from './AidLines';
import { DeclaredAidList } from './DeclaredAidList';
import { useMoney } from './money';
import { useAid } from './store';

/** The three-year total against the ceiling: a bar, the figures in SEK and EUR, what is left or how far over. */
function CeilingBar({ s }: { s: DeMinimisSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const used = s.totalEur === null ? 0 : Math.min(100, (s.totalEur / s.ceilingEur) * 100);
  return (
    <Stack gap={4} data-testid="aid-total" data-over={s.overCeiling ? 'true' : 'false'}>
      <Text size="sm" c="dimmed">
        {t('aid.section.period', { from: fmt.date(s.windowStart), to: fmt.date(s.windowEnd) })}
      </Text>
      <Progress value={used} size="lg" color={s.overCeiling ? 'red.9' : 'teal.9'} aria-label={t('aid.section.usedLabel')} />
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} data-testid="aid-used">
          {t('aid.section.used', { sek: money(s.totalSek, 'SEK'), eur: money(s.totalEur, 'EUR'), ceiling: money(s.ceilingEur, 'EUR') })}
        </Text>
        {s.remainingEur !== null && (
          <Text size="sm" c={s.overCeiling ? 'red.9' : undefined} fw={s.overCeiling ? 700 : undefined} data-testid="aid-remaining">
            {s.overCeiling
              ? t('aid.section.over', { eur: money(-s.remainingEur, 'EUR') })
              : t('aid.section.remaining', { eur: money(s.remainingEur, 'EUR') })}
          </Text>
        )}
      </Group>
      <Group gap="md" wrap="wrap">
        <Text size="sm">{t('aid.section.programme', { sek: money(s.programmeSek, 'SEK') })}</Text>
        <Text size="sm">{t('aid.section.declared', { sek: money(s.declaredSek, 'SEK') })}</Text>
      </Group>
    </Stack>
  );
}

/** The company's de minimis aid: the three-year total against the ceiling, the grants behind it, the aid declared. */
export function DeMinimisSection({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const { summary, load } = useAid();
  const mine = useAid((s) => s.companyId === companyId);

  useEffect(() => {
    void load(companyId);
  }, [companyId, load]);

  const s = mine ? summary : null;
  const language: Language = i18n.language === 'sv' ? 'sv' : 'en';
  // The certificate states the programme's aid in SEK and EUR: without the rates it could not, so it waits for them.
  const print = (
    <PrintDocumentButton
      doc={{ document: 'deMinimis', companyId, language }}
      label={t('aid.section.print')}
      testId="print-de-minimis"
      variant="default"
      disabled={!s || s.missingRates.length > 0}
    />
  );
  return (
    <Box mt="md">
      <Section title={t('aid.section.title')} testId="section-aid" actions={print}>
        <Text size="sm" c="dimmed">
          {t('aid.section.intro')}
        </Text>
        {s && s.missingRates.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="aid-missing-rates">
            {t('aid.section.missingRates')}
          </Alert>
        )}
        {s?.overCeiling && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('aid.share.overTitle')}
          </Alert>
        )}
        {s && <CeilingBar s={s} />}
        <Title order={3} size="h5">
          {t('aid.section.linesTitle')}
        </Title>
        {s && <AidLines lines={s.lines} />}
        <DeclaredAidList companyId={companyId} />
      </Section>
    </Box>
  );
}
