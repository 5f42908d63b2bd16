import { useEffect, useState } from 'react';
import { ActionIcon, Box, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../lib/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { Section } from '../../lib/Section';
import type { Contact } from '@shared/api/contacts';
import { ContactModal } from './ContactModal';
import { useContacts } from './store';

const LATEST = 5;

/** A list without bullets, each item a block. */
const LIST_STYLE = { listStyle: 'none' } as const;

function ContactItem({
  contact,
  names,
  onEdit,
  onDelete,
}: {
  contact: Contact;
  names: Map<string, string>;
  onEdit(): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const date = fmt.date(contact.date);
  const present = contact.personIds.map((id) => names.get(id)).filter((n): n is string => !!n);
  return (
    <li data-testid="contact-item" data-contact-id={contact.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>{date}</Text>
          <Text size="sm">
            {t('contacts.section.line', {
              kind: t(`contacts.kind.${contact.kind}`),
              hours: fmt.number(contact.hours),
              advisor: contact.advisor,
            })}
          </Text>
          {present.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('contacts.section.present', { names: present.join(', ') })}
            </Text>
          )}
          {contact.summary && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {contact.summary}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={t('contacts.section.edit', { date })} onClick={onEdit}>
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red.9" aria-label={t('contacts.section.delete', { date })} onClick={onDelete}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
    </li>
  );
}

/** Every open next step of the company, earliest first; ticking one marks it done on its contact. */
function OpenSteps({ contacts, names }: { contacts: Contact[]; names: Map<string, string> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const update = useContacts((s) => s.update);
  const open = contacts
    .flatMap((c) => c.nextSteps.map((step, index) => ({ contact: c, step, index })))
    .filter((s) => !s.step.done)
    .sort((a, b) => a.step.dueDate.localeCompare(b.step.dueDate));
  const markDone = (contact: Contact, index: number) =>
    update(contact.id, { nextSteps: contact.nextSteps.map((s, i) => (i === index ? { ...s, done: true } : s)) }).catch(notifyError);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('contacts.section.openSteps')}
      </Title>
      {open.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.section.noOpenSteps')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={LIST_STYLE}>
          {open.map(({ contact, step, index }) => (
            <li key={`${contact.id}-${index}`} data-testid="open-step">
              <Checkbox
                checked={false}
                onChange={() => void markDone(contact, index)}
                aria-label={t('contacts.section.markDone', { text: step.text })}
                label={step.text}
                description={t('contacts.section.stepLine', {
                  date: fmt.date(step.dueDate),
                  owner: (step.ownerPersonId && names.get(step.ownerPersonId)) || step.ownerText || '–',
                })}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The company's log of contacts: the latest ones, the open next steps, and a dialog to log, edit or delete one. */
export function ContactsSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { contacts, people, load, remove } = useContacts();
  const mine = useContacts((s) => s.companyId === companyId);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [all, setAll] = useState(false);

  useEffect(() => {
    void load(companyId);
  }, [companyId, load]);

  const list = mine ? contacts : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  const open = (target: Contact | 'new') => void load(companyId).then(() => setEditing(target));
  // Below the people, with the space the sections after it keep.
  return (
    <Box mt="md">
      <Section
        title={t('contacts.section.title')}
        testId="section-contacts"
        actions={
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open('new')} data-testid="log-contact">
            {t('contacts.section.log')}
          </Button>
        }
      >
        <Text size="xs" c="dimmed">
          {t('contacts.section.internal')}
        </Text>
        {list.length === 0 ? (
          <Text c="dimmed">{t('contacts.section.empty')}</Text>
        ) : (
          <>
            <OpenSteps contacts={list} names={names} />
            <Title order={3} size="h5">
              {t('contacts.section.latest')}
            </Title>
            <Stack component="ul" gap="sm" m={0} p={0} style={LIST_STYLE} data-testid="contact-list">
              {(all ? list : list.slice(0, LATEST)).map((c) => (
                <ContactItem key={c.id} contact={c} names={names} onEdit={() => open(c)} onDelete={() => setDeleting(c)} />
              ))}
            </Stack>
            {!all && list.length > LATEST && (
              <Button variant="subtle" w="fit-content" onClick={() => setAll(true)}>
                {t('contacts.section.showAll', { count: list.length })}
              </Button>
            )}
          </>
        )}
        <ContactModal
          key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
          companyId={companyId}
          contact={editing === 'new' ? null : editing}
          opened={editing !== null}
          onClose={() => setEditing(null)}
        />
        <ConfirmModal
          opened={deleting !== null}
          title={t('contacts.delete.title')}
          body={t('contacts.delete.body', { date: deleting ? fmt.date(deleting.date) : '' })}
          confirm={t('contacts.delete.confirm')}
          onClose={() => setDeleting(null)}
          onConfirm={() => {
            const target = deleting;
            if (!target) return;
            void remove(target.id).then((ok) => {
              setDeleting(null);
              if (ok) notifySuccess(t('contacts.delete.deleted'));
            });
          }}
        />
      </Section>
    </Box>
  );
}
