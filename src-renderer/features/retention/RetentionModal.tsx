import { useCallback, useEffect, useState } from 'react';
import { Button, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RetentionScan } from '@shared/api/rights';
import { invoke } from '../../api/client';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormat } from '../../lib/format';

/** What an empty cell shows, as the other lists do. */
const NONE = '–';

/**
 * The companies and people past their retention date, with what erasing each would take away; erasing them all is one
 * confirmed step (`retention.erase`, refused when one is no longer due), logged, travelling as tombstones.
 */
export function RetentionModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [scan, setScan] = useState<RetentionScan | null>(null);
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(() => invoke('retention.scan', {}).then(setScan, notifyError), []);
  useEffect(() => {
    if (opened) void load();
  }, [opened, load]);
  const close = () => {
    setScan(null);
    onClose();
  };

  const erase = async () => {
    if (!scan) return;
    setConfirming(false);
    const pick = (kind: 'company' | 'person') => scan.candidates.filter((c) => c.kind === kind).map((c) => c.id);
    try {
      const r = await invoke('retention.erase', { companyIds: pick('company'), personIds: pick('person') });
      notifySuccess(t('rights.retention.done', r));
    } catch (error) {
      notifyError(error);
    }
    await load();
  };

  const rule = scan?.rule;
  const ruleText = !rule
    ? ''
    : rule.programmeEndDate
      ? t('rights.retention.ruleText', { end: format.date(rule.programmeEndDate), years: rule.years, months: rule.prospectMonths })
      : t('rights.retention.ruleNoEnd', { months: rule.prospectMonths });
  const count = scan?.candidates.length ?? 0;
  return (
    <Modal opened={opened} onClose={close} title={t('rights.retention.title')} size="xl">
      {!scan ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <Stack gap="md" data-testid="retention-list">
          <Text size="sm">{t('rights.retention.intro', { rule: ruleText, today: format.date(scan.today) })}</Text>
          {count === 0 ? (
            <Text size="sm">{t('rights.retention.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('rights.retention.company')}</Table.Th>
                    <Table.Th scope="col">{t('rights.retention.person')}</Table.Th>
                    <Table.Th scope="col">{t('rights.retention.basis')}</Table.Th>
                    <Table.Th scope="col">{t('rights.retention.due')}</Table.Th>
                    <Table.Th scope="col">{t('rights.retention.erased')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {scan.candidates.map((c) => (
                    <Table.Tr key={`${c.kind}:${c.id}`}>
                      <Table.Td>{c.companyName}</Table.Td>
                      <Table.Td>{c.personName ?? NONE}</Table.Td>
                      <Table.Td>
                        {t(c.basis === 'prospect' ? 'rights.retention.basisProspect' : 'rights.retention.basisProgrammeEnd')}
                      </Table.Td>
                      <Table.Td>{format.date(c.dueDate)}</Table.Td>
                      <Table.Td>{t('rights.retention.counts', c.counts)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {count > 0 && (
            <Button
              color="red.9"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setConfirming(true)}
              style={{ alignSelf: 'flex-start' }}
              data-testid="retention-erase"
            >
              {t('rights.retention.eraseAll', { count })}
            </Button>
          )}
        </Stack>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('rights.retention.confirmTitle', { count })}
        body={t('rights.retention.confirmBody')}
        confirm={t('rights.retention.confirm')}
        onClose={() => setConfirming(false)}
        onConfirm={() => void erase()}
      />
    </Modal>
  );
}
