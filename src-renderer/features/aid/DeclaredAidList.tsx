import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { notifySuccess } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import type { DeclaredAid } from '@shared/api/aid';
import { AidModal } from './AidModal';
import { useMoney } from './money';
import { useAid } from './store';

const LIST_STYLE = { listStyle: 'none' } as const;

/** The de minimis aid the company declared from others: add, edit, delete (with a confirmation). */
export function DeclaredAidList({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const { declared, remove } = useAid();
  const [editing, setEditing] = useState<DeclaredAid | 'new' | null>(null);
  const [deleting, setDeleting] = useState<DeclaredAid | null>(null);
  const about = (a: DeclaredAid) => ({ body: a.grantingBody, date: fmt.date(a.date) });
  const confirmDelete = async () => {
    if (deleting && (await remove(deleting.id))) notifySuccess(t('aid.delete.deleted'));
    setDeleting(null);
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={3} size="h5">
          {t('aid.declared.title')}
        </Title>
        <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')} data-testid="add-aid">
          {t('aid.declared.add')}
        </Button>
      </Group>
      {declared.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('aid.declared.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={LIST_STYLE} data-testid="declared-aid">
          {declared.map((a) => (
            <li key={a.id} data-testid="declared-aid-item">
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {a.grantingBody}
                  </Text>
                  <Text size="sm">{t('aid.declared.item', { date: fmt.date(a.date), amount: money(a.amount, a.currency) })}</Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('aid.declared.edit', about(a))} onClick={() => setEditing(a)}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="red.9" aria-label={t('aid.declared.delete', about(a))} onClick={() => setDeleting(a)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <AidModal
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
        companyId={companyId}
        aid={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('aid.delete.title')}
        body={deleting ? t('aid.delete.body', about(deleting)) : ''}
        confirm={t('aid.delete.confirm')}
        onClose={() => setDeleting(null)}
        onConfirm={() => void confirmDelete()}
      />
    </Stack>
  );
}
