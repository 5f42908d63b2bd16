import type { ReactNode } from 'react';
import { Group, Paper, Stack, Title } from '@mantine/core';

interface SectionProps {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

export function Section({ title, actions, children, testId }: SectionProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}
