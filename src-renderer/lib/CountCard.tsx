import type { ReactNode } from 'react';
import { Badge, Card, Group, Stack, Title } from '@mantine/core';

interface CountCardProps {
  title: string;
  count: number;
  testId: string;
  /** Set while the card's data loads (`data-ready`), for tests and the screen's ready mark. */
  ready?: boolean;
  children: ReactNode;
}

/** An overview card: a titled section with its count beside the title (the count is read from the list itself). */
export function CountCard({ title, count, testId, ready, children }: CountCardProps) {
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-label={title}
      data-testid={testId}
      data-ready={ready === undefined ? undefined : String(ready)}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4">
            {title}
          </Title>
          {/* Never squeezed by a long title: "10" must not read "1.". */}
          <Badge variant="light" size="lg" aria-hidden style={{ flexShrink: 0 }} miw="fit-content">
            {count}
          </Badge>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
