import { useEffect, useState } from 'react';
import { Badge, Button, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { Section } from '../../lib/Section';
import { AddPersonModal } from './AddPersonModal';
import { ROLE_COLOR } from './options';
import { PersonDrawer } from './PersonDrawer';
import { usePeople } from './store';

const ROLE_ORDER = { owner: 0, manager: 1, employee: 2, prospective: 3 } as const;

export function PeopleSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const people = usePeople((s) => (s.companyId === companyId ? s.people : []));
  const load = usePeople((s) => s.load);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    void load(companyId);
  }, [companyId, load]);

  const sorted = [...people].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));

  return (
    <Section
      title={t('people.section.title')}
      testId="section-people"
      actions={
        <Button
          variant="light"
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => setAdding(true)}
          data-testid="add-person"
        >
          {t('people.section.add')}
        </Button>
      }
    >
      {sorted.length === 0 ? (
        <Text c="dimmed">{t('people.section.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover verticalSpacing="sm" data-testid="people-table">
            <VisuallyHidden component="caption">{t('people.section.tableCaption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.section.column.name')}</Table.Th>
                <Table.Th>{t('people.section.column.role')}</Table.Th>
                <Table.Th>{t('people.section.column.jobTitle')}</Table.Th>
                <Table.Th>{t('people.section.column.startDate')}</Table.Th>
                <Table.Th>{t('people.section.column.followup')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((p) => (
                <Table.Tr key={p.id} data-testid="person-row" style={{ cursor: 'pointer' }} onClick={() => setEditing(p.id)}>
                  <Table.Td>
                    <UnstyledButton
                      onClick={(e) => {
                        e.stopPropagation();
                        setEditing(p.id);
                      }}
                      aria-label={t('people.section.edit', { name: p.name })}
                    >
                      <Text fw={600} c="forest.9" td="underline">
                        {p.name}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={ROLE_COLOR[p.role]} variant="light">
                      {t(`people.role.${p.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{p.jobTitle ?? t('common.notSet')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.startDate ? fmt.date(p.startDate) : t('common.notSet')}</Table.Td>
                  <Table.Td>
                    {p.followupConsent ? (
                      <Badge color="forest" variant="outline">
                        {t('people.section.consentGiven')}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('people.section.noConsent')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddPersonModal companyId={companyId} opened={adding} onClose={() => setAdding(false)} />
      <PersonDrawer personId={editing} onClose={() => setEditing(null)} />
    </Section>
  );
}
