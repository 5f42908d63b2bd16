import { Group, Text } from '@mantine/core';

/**
 * A fingerprint as four big groups of four characters, for reading aloud over the phone. Screen readers get the
 * groups with pauses between them (commas), and each character on its own.
 */
export function Fingerprint({ value, size = 'lg', label }: { value: string; size?: 'lg' | 'sm'; label: string }) {
  const groups = value.split(' ');
  const spoken = groups.map((g) => g.split('').join(' ')).join(', ');
  return (
    <Group gap={size === 'lg' ? 'lg' : 'xs'} role="img" aria-label={`${label}: ${spoken}`} data-testid="fingerprint" wrap="wrap">
      {groups.map((g, i) => (
        <Text key={i} ff="monospace" fw={700} fz={size === 'lg' ? 30 : 'sm'} lts={size === 'lg' ? 3 : 1} aria-hidden>
          {g}
        </Text>
      ))}
    </Group>
  );
}
