import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

/** The frame of the screens shown before the data is open. */
export function SessionLayout({ screen, ready, children }: { screen: string; ready: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group justify="space-between" mb="md" component="header">
        <Group gap="xs">
          <ThemeIcon size="lg" radius="md" aria-hidden>
            <IconPlant2 size={22} />
          </ThemeIcon>
          <div>
            <Text fw={700} size="lg" lh={1.1}>
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
        </Group>
        <LanguageSwitch />
      </Group>
      <Center component="main" data-screen={screen} data-ready={ready ? 'true' : 'false'} py="xl">
        <Paper withBorder shadow="sm" radius="lg" p="xl" w="100%" maw={520}>
          <Stack gap="md">{children}</Stack>
        </Paper>
      </Center>
    </Box>
  );
}

export function SessionTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} size="h2">
      {children}
    </Title>
  );
}
