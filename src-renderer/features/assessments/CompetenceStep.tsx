import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Stack, Table, Tabs, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconHandMove, IconListCheck, IconPencil, IconPlus, IconTrash, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AutoText } from '../../lib/fields';
import { LevelPicker } from './LevelPicker';
import { ChooseCompetencesModal, CustomCompetenceModal, DeleteCustomCompetenceModal, HandoverModal } from './CompetenceModals';
import { useRound } from './roundStore';
import { PersonGapPanel } from '../gaps';
import { isDisagreement, local } from './types';
import type { CompetenceDefinition, RoundPerson } from './types';

function PersonPanel({ person, readOnly }: { person: RoundPerson; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const competences = useRound((s) => s.competences);
  const saveRating = useRound((s) => s.saveRating);
  const round = useRound((s) => s.round);
  const frameworks = useRound((s) => s.frameworks);
  const [modal, setModal] = useState<'choose' | 'custom' | 'handover' | null>(null);
  /** A company-specific competence being edited or deleted. */
  const [own, setOwn] = useState<{ action: 'edit' | 'delete'; competence: CompetenceDefinition } | null>(null);
  const byId = new Map(competences.map((c) => [c.id, c]));
  const prospective = person.role === 'prospective';
  const disagreements = person.competences.filter(isDisagreement).length;

  return (
    <Stack gap="sm" data-testid={`person-${person.personId}`}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Title order={3} size="h4">
            {person.name}
          </Title>
          <Text size="sm" c="dimmed">
            {person.jobTitle ? t('assessments.competences.roleAndTitle', { role: t(`people.role.${person.role}`), title: person.jobTitle }) : t(`people.role.${person.role}`)}
          </Text>
        </div>
        {!readOnly && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconListCheck size={16} aria-hidden />} onClick={() => setModal('choose')}>
              {t('assessments.competences.choose')}
            </Button>
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal('custom')}>
              {t('assessments.competences.custom')}
            </Button>
            {!prospective && (
              <Button leftSection={<IconHandMove size={16} aria-hidden />} onClick={() => setModal('handover')} data-testid="handover">
                {t('assessments.handover.button')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {prospective && (
        <Alert variant="light" color="blue" icon={<IconUserSearch aria-hidden />} title={t('assessments.competences.briefTitle')}>
          {t('assessments.competences.briefText')}
        </Alert>
      )}
      {disagreements > 0 && (
        <Alert variant="light" color="orange" icon={<IconAlertTriangle aria-hidden />} data-testid="disagreements">
          {t('assessments.competences.disagreements', { count: disagreements })}
        </Alert>
      )}
      <Table withTableBorder verticalSpacing="xs" striped={false} data-testid="ratings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.competences.competence')}</Table.Th>
            <Table.Th scope="col">{t('assessments.competences.required')}</Table.Th>
            {!prospective && <Table.Th scope="col">{t('assessments.competences.self')}</Table.Th>}
            {!prospective && <Table.Th scope="col">{t('assessments.competences.advisor')}</Table.Th>}
            <Table.Th scope="col">{t('assessments.competences.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.competences.map((r) => {
            const def = byId.get(r.competenceId);
            const name = def ? local(def.name, lang) : r.competenceId;
            const flagged = isDisagreement(r);
            const shown = r.advisorLevel ?? r.selfLevel ?? r.requiredLevel;
            const descriptor = def?.levels?.find((l) => l.level === shown)?.descriptor;
            return (
              <Table.Tr key={r.competenceId} bg={flagged ? 'orange.0' : undefined} data-testid={`rating-${r.competenceId}`} data-disagreement={flagged || undefined}>
                <Table.Th scope="row" fw={500} maw={320}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <div>
                      <Text size="sm" fw={600}>
                        {name}
                      </Text>
                      {def?.custom && (
                        <Group gap={4} wrap="wrap">
                          <Badge size="xs" variant="outline" color="gray.7" style={{ flexShrink: 0 }}>
                            {t('assessments.competences.customBadge')}
                          </Badge>
                          {!readOnly && (
                            <>
                              <Tooltip label={t('assessments.competences.editCustom')}>
                                <ActionIcon
                                  variant="subtle"
                                  size="sm"
                                  color="gray.8"
                                  aria-label={t('assessments.competences.editCustomFor', { name })}
                                  onClick={() => setOwn({ action: 'edit', competence: def })}
                                  data-testid={`edit-custom-${def.id}`}
                                >
                                  <IconPencil size={14} aria-hidden />
                                </ActionIcon>
                              </Tooltip>
                              <Tooltip label={t('assessments.competences.deleteCustom')}>
                                <ActionIcon
                                  variant="subtle"
                                  size="sm"
                                  color="red.9"
                                  aria-label={t('assessments.competences.deleteCustomFor', { name })}
                                  onClick={() => setOwn({ action: 'delete', competence: def })}
                                  data-testid={`delete-custom-${def.id}`}
                                >
                                  <IconTrash size={14} aria-hidden />
                                </ActionIcon>
                              </Tooltip>
                            </>
                          )}
                        </Group>
                      )}
                      {descriptor && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {local(descriptor, lang)}
                        </Text>
                      )}
                    </div>
                    {flagged && (
                      <Tooltip label={t('assessments.competences.disagreement')}>
                        <IconAlertTriangle size={18} color="var(--mantine-color-orange-9)" aria-label={t('assessments.competences.disagreement')} role="img" />
                      </Tooltip>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>
                  <LevelPicker
                    label={t('assessments.competences.requiredFor', { name })}
                    value={r.requiredLevel}
                    disabled={readOnly}
                    onChange={(l) => saveRating(person.personId, r.competenceId, { required: l })}
                  />
                </Table.Td>
                {!prospective && (
                  <Table.Td>
                    <LevelPicker
                      label={t('assessments.competences.selfFor', { name })}
                      value={r.selfLevel}
                      disabled={readOnly}
                      onChange={(l) => saveRating(person.personId, r.competenceId, { selfLevel: l })}
                    />
                  </Table.Td>
                )}
                {!prospective && (
                  <Table.Td>
                    <LevelPicker
                      label={t('assessments.competences.advisorFor', { name })}
                      value={r.advisorLevel}
                      disabled={readOnly}
                      onChange={(l) => saveRating(person.personId, r.competenceId, { advisorLevel: l })}
                    />
                  </Table.Td>
                )}
                <Table.Td miw={180}>
                  <AutoText
                    name={`note-${person.personId}-${r.competenceId}`}
                    label={<VisuallyHidden>{t('assessments.competences.noteFor', { name })}</VisuallyHidden>}
                    value={r.note}
                    disabled={readOnly}
                    onCommit={(note) => note.trim() !== (r.note ?? '') && saveRating(person.personId, r.competenceId, { note })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {/* The gaps follow the ratings as they are saved, so the advisor can talk them through on the spot. */}
      {round && frameworks && (
        <PersonGapPanel round={round} personId={person.personId} frameworks={frameworks} headingOrder={4} showRatings={false} />
      )}
      {modal === 'choose' && <ChooseCompetencesModal person={person} opened onClose={() => setModal(null)} />}
      {modal === 'custom' && <CustomCompetenceModal person={person} opened onClose={() => setModal(null)} />}
      {modal === 'handover' && <HandoverModal person={person} opened onClose={() => setModal(null)} />}
      {own?.action === 'edit' && <CustomCompetenceModal person={person} competence={own.competence} opened onClose={() => setOwn(null)} />}
      {own?.action === 'delete' && <DeleteCustomCompetenceModal competence={own.competence} opened onClose={() => setOwn(null)} />}
    </Stack>
  );
}

export function CompetenceStep({ readOnly, personId, onPerson }: { readOnly: boolean; personId: string | null; onPerson(id: string): void }) {
  const { t } = useTranslation();
  const round = useRound((s) => s.round);
  if (!round) return null;
  const progress = new Map(round.progress.map((p) => [p.step, p]));
  const active = round.people.find((p) => p.personId === personId) ?? round.people[0];
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3" id="step-title" tabIndex={-1}>
          {t('assessments.competences.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('assessments.competences.intro')}
        </Text>
      </div>
      {round.people.length === 0 || !active ? (
        <Text c="dimmed">{t('assessments.competences.noPeople')}</Text>
      ) : (
        <Tabs value={active.personId} onChange={(v) => v && onPerson(v)} keepMounted={false}>
          <Tabs.List>
            {round.people.map((p) => {
              const pr = progress.get(`person:${p.personId}`);
              return (
                <Tabs.Tab key={p.personId} value={p.personId} data-testid={`tab-${p.personId}`}>
                  {t('assessments.competences.tab', { name: p.name, done: pr?.done ?? 0, total: pr?.total ?? 0 })}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {round.people.map((p) => (
            <Tabs.Panel key={p.personId} value={p.personId} pt="md">
              <PersonPanel person={p} readOnly={readOnly} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
