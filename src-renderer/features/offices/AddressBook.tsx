import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { officeCardField } from '@shared/api/offices';
import type { Office } from '@shared/api/offices';
import { ApiError, invoke } from '../../api/client';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { fieldMessageKey, notifyError, notifySuccess, translateError, tx } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { Section } from '../../lib/Section';
import { TableHead } from '../../lib/TableHead';
import { Fingerprint } from './Fingerprint';

/** The card field's message: its own check first (the contract's), then what the service refused. */
function useCardCheck() {
  const { t } = useTranslation();
  return {
    local(card: string): string | null {
      const parsed = officeCardField.safeParse(card);
      return parsed.success ? null : tx(t, fieldMessageKey(parsed.error.issues[0]?.message ?? 'invalid'));
    },
    refused(error: unknown): string {
      if (error instanceof ApiError && error.code === 'validation') {
        const issues = (error.params['issues'] ?? []) as { message: string }[];
        return tx(t, fieldMessageKey(issues[0]?.message ?? 'invalid'));
      }
      return translateError(error);
    },
  };
}

function AddOfficeForm({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation();
  const check = useCardCheck();
  const [card, setCard] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = check.local(card);
    setError(local);
    if (local) return;
    setBusy(true);
    try {
      const added = await invoke('offices.add', { card, ...(name.trim() ? { name } : {}) });
      notifySuccess(t('offices.book.added', { name: added.name }));
      setCard('');
      setName('');
      onAdded();
    } catch (refusal) {
      setError(check.refused(refusal));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="add-office">
      <Stack gap="sm">
        <Textarea
          label={t('offices.book.card')}
          description={t('offices.book.cardHint')}
          value={card}
          onChange={(e) => setCard(e.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          styles={{ input: { fontFamily: 'monospace' } }}
          data-testid="office-card"
        />
        <Group align="end" wrap="wrap">
          <TextInput label={t('offices.book.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={320} />
          <Button type="submit" loading={busy} disabled={card.trim() === ''} data-testid="add-office-submit">
            {t('offices.book.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The office's name here, renamed in place: saved on Enter or when the field is left; an empty name is put back. */
function OfficeName({ office, onChanged }: { office: Office; onChanged(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(office.name);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const next = name.trim();
    if (next === '' || next === office.name) {
      setName(office.name);
      setError(null);
      return;
    }
    invoke('offices.rename', { id: office.id, name: next })
      .then(() => {
        setError(null);
        onChanged();
      })
      .catch((refusal: unknown) => setError(translateError(refusal)));
  };
  return (
    <TextInput
      aria-label={t('offices.book.renameLabel', { name: office.name })}
      value={name}
      onChange={(e) => setName(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      error={error}
      fw={500}
      miw={180}
      data-testid="office-name"
    />
  );
}

function OfficeRow({ office, onChanged, onRemove }: { office: Office; onChanged(): void; onRemove(o: Office): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = () => invoke('offices.verify', { id: office.id }).then(onChanged).catch(notifyError);
  return (
    <Table.Tr data-testid={`office-${office.id}`}>
      <Table.Td>
        <OfficeName key={office.name} office={office} onChanged={onChanged} />
      </Table.Td>
      <Table.Td>
        <Fingerprint value={office.fingerprint} size="sm" label={t('offices.book.fingerprint')} />
      </Table.Td>
      <Table.Td>
        {office.verifiedAt ? (
          <Badge color="forest" variant="light">
            {t('offices.book.verifiedOn', { date: format.date(office.verifiedAt) })}
          </Badge>
        ) : (
          <Badge color="orange" variant="light">
            {t('offices.book.notVerified')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="wrap">
          {!office.verifiedAt && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCheck size={16} aria-hidden />}
              aria-label={t('offices.book.verifyLabel', { name: office.name })}
              onClick={() => void verify()}
              data-testid="verify-office"
            >
              {t('offices.book.verify')}
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            c="red.9"
            leftSection={<IconTrash size={16} aria-hidden />}
            aria-label={t('offices.book.removeLabel', { name: office.name })}
            onClick={() => onRemove(office)}
            data-testid="remove-office"
          >
            {t('offices.book.remove')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Other offices: add one from its pasted card, mark its fingerprint as read with them, remove it. */
export function AddressBook({ offices, onChanged }: { offices: Office[]; onChanged(): void }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Office | null>(null);
  const remove = (office: Office) =>
    invoke('offices.remove', { id: office.id })
      .then(onChanged)
      .catch(notifyError)
      .finally(() => setRemoving(null));
  const columns = ['office', 'fingerprint', 'verified', 'actions'] as const;
  return (
    <Section title={t('offices.book.title')} testId="address-book">
      {offices.length === 0 ? (
        <Text c="dimmed">{t('offices.book.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <TableHead columns={columns.map((c) => ({ label: t(`offices.book.${c}`) }))} />
            <Table.Tbody>
              {offices.map((o) => (
                <OfficeRow key={o.id} office={o} onChanged={onChanged} onRemove={setRemoving} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddOfficeForm onAdded={onChanged} />
      <ConfirmModal
        opened={removing !== null}
        title={t('offices.book.remove')}
        body={removing ? t('offices.book.removeConfirm', { name: removing.name }) : ''}
        confirm={t('offices.book.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      />
    </Section>
  );
}
