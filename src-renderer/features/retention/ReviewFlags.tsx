import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReviewFlag } from '@shared/api/rights';
import { invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useContacts } from '../contacts';
import { usePeople } from '../people';

/**
 * The company's notes that named a person who was erased (issue 15): the name is out, but the rest of a note may still
 * point at them, so each is listed here until the advisor has read it again. Nothing is shown when there are none.
 */
export function ReviewFlags({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [flags, setFlags] = useState<ReviewFlag[]>([]);
  const load = useCallback(() => invoke('rights.reviewFlags', { companyId }).then(setFlags, notifyError), [companyId]);
  // An erasure in the person drawer flags notes: read again whenever the company's people change, and when one went,
  // the contacts too (their notes and who was present were rewritten).
  const people = usePeople((s) => s.people.length);
  const before = useRef(people);
  useEffect(() => {
    void load();
    if (people < before.current) void useContacts.getState().load(companyId);
    before.current = people;
  }, [load, people, companyId]);
  if (flags.length === 0) return null;
  const reviewed = async (id: string) => {
    try {
      await invoke('rights.markReviewed', { id });
    } catch (error) {
      notifyError(error);
    }
    await load();
  };
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('rights.flags.title')}
      data-testid="review-flags"
    >
      <Text size="sm">{t('rights.flags.explanation')}</Text>
      <List size="sm" mt="xs" spacing={4}>
        {flags.map((f) => (
          <List.Item key={f.id}>
            <Group gap="sm" wrap="nowrap">
              <Text size="sm">{t('rights.flags.item', { entity: f.entity, field: f.field, date: format.date(f.flaggedAt) })}</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => void reviewed(f.id)}>
                {t('rights.flags.reviewed')}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
