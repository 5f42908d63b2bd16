import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Stack, Table, Tabs, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconHandMove, IconListCheck, IconPencil, IconPlus, IconTrash, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AutoText } from '../../lib/fields';
import { DescribedLevelPicker, levelTexts } from './DescribedLevelPicker';
import { ChooseCompetencesModal, DeleteCustomCompetenceModal, HandoverModal } from './CompetenceModals';
import { CustomCompetenceModal } from './CustomCompetenceModal';
import { useRound } from './roundStore';
import classes from './levels.module.css';
import { PersonGapPanel } from '../gaps';
import { isDisagreement, local } from './types';
import type { CompetenceDefinition, Rating, RatingPatch, RoundPerson } from './types';

type Modal = 'choose' | 'custom' | 'handover';
/** A company-specific competence being edited or deleted. */
type Own = { action: 'edit' | 'delete'; competence: CompetenceDefinition };

/** The person's name and role, and (while the round is open) the buttons that change their list or hand over the screen. */
function PersonHeading({ person, readOnly, onModal }: { person: RoundPerson; readOnly: boolean; onModal(modal: Modal): void }) {
  const { t } = useTranslation();
  const role = t(`people.role.${person.role}`);
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <div>
        <Title order={3} size="h4">
          {person.name}
        </Title>
        <Text size="sm" c="dimmed">
          {person.jobTitle ? t('assessments.competences.roleAndTitle', { role, title: person.jobTitle }) : role}
        </Text>
      </div>
      {!readOnly && (
        <Group gap="xs">
          <Button variant="default" leftSection={<IconListCheck size={16} aria-hidden />} onClick={() => onModal('choose')}>
            {t('assessments.competences.choose')}
          </Button>
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onModal('custom')}>
            {t('assessments.competences.custom')}
          </Button>
          {person.role !== 'prospective' && (
            <Button leftSection={<IconHandMove size={16} aria-hidden />} onClick={() => onModal('handover')} data-testid="handover">
              {t('assessments.handover.button')}
            </Button>
          )}
        </Group>
      )}
    </Group>
  );
}

/** Edit or delete a company-specific competence: a small icon button with its tooltip. */
interface OwnActionProps {
  action: Own['action'];
  def: CompetenceDefinition;
  name: string;
  onOwn(own: Own): void;
}

function OwnCompetenceAction({ action, def, name, onOwn }: OwnActionProps) {
  const { t } = useTranslation();
  const edit = action === 'edit';
  const Icon = edit ? IconPencil : IconTrash;
  return (
    <Tooltip label={t(edit ? 'assessments.competences.editCustom' : 'assessments.competences.deleteCustom')}>
      <ActionIcon
        variant="subtle"
        size="sm"
        color={edit ? 'gray.8' : 'red.9'}
        aria-label={t(edit ? 'assessments.competences.editCustomFor' : 'assessments.competences.deleteCustomFor', { name })}
        onClick={() => onOwn({ action, competence: def })}
        data-testid={`${action}-custom-${def.id}`}
      >
        <Icon size={14} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** The competence's name, its badge and actions if the company made it, the disagreement flag. */
interface CompetenceNameProps {
  def: CompetenceDefinition | undefined;
  name: string;
  rating: Rating;
  readOnly: boolean;
  /** The level texts shown are the general scale's: the competence has none of its own. */
  general: boolean;
  onOwn(own: Own): void;
}

function CompetenceName({ def, name, rating, readOnly, general, onOwn }: CompetenceNameProps) {
  const { t } = useTranslation();
  return (
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
                <OwnCompetenceAction action="edit" def={def} name={name} onOwn={onOwn} />
                <OwnCompetenceAction action="delete" def={def} name={name} onOwn={onOwn} />
              </>
            )}
          </Group>
        )}
        {general && (
          <Text size="xs" c="gray.7" mt={2}>
            {t('assessments.competences.generalScale')}
          </Text>
        )}
      </div>
      {isDisagreement(rating) && (
        <Tooltip label={t('assessments.competences.disagreement')}>
          <IconAlertTriangle
            size={18}
            color="var(--mantine-color-orange-9)"
            aria-label={t('assessments.competences.disagreement')}
            role="img"
          />
        </Tooltip>
      )}
    </Group>
  );
}

interface RatingRowProps {
  person: RoundPerson;
  rating: Rating;
  def: CompetenceDefinition | undefined;
  readOnly: boolean;
  onOwn(own: Own): void;
}

/** One competence of one person: the levels required, self-rated and advisor-rated (not for a prospective hire), a note. */
function RatingRow({ person, rating: r, def, readOnly, onOwn }: RatingRowProps) {
  const { t, i18n } = useTranslation();
  const saveRating = useRound((s) => s.saveRating);
  const scale = useRound((s) => s.frameworks?.catalogue.scale);
  const name = def ? local(def.name, i18n.language) : r.competenceId;
  const { texts, general } = levelTexts(def, scale, i18n.language);
  const flagged = isDisagreement(r);
  const save = (patch: RatingPatch) => saveRating(person.personId, r.competenceId, patch);
  const required = {
    key: 'required',
    column: t('assessments.competences.required'),
    label: t('assessments.competences.requiredFor', { name }),
    value: r.requiredLevel,
    patch: (l: number): RatingPatch => ({ required: l }),
  };
  const self = {
    key: 'self',
    column: t('assessments.competences.self'),
    label: t('assessments.competences.selfFor', { name }),
    value: r.selfLevel,
    patch: (l: number): RatingPatch => ({ selfLevel: l }),
  };
  const advisor = {
    key: 'advisor',
    column: t('assessments.competences.advisor'),
    label: t('assessments.competences.advisorFor', { name }),
    value: r.advisorLevel,
    patch: (l: number): RatingPatch => ({ advisorLevel: l }),
  };
  const pickers = person.role === 'prospective' ? [required] : [required, self, advisor];
  return (
    <Table.Tr bg={flagged ? 'orange.0' : undefined} data-testid={`rating-${r.competenceId}`} data-disagreement={flagged || undefined}>
      <Table.Th scope="row" fw={500} maw={320}>
        <CompetenceName def={def} name={name} rating={r} readOnly={readOnly} general={general} onOwn={onOwn} />
      </Table.Th>
      {pickers.map((p) => (
        <Table.Td key={p.key} data-label={p.column}>
          <DescribedLevelPicker
            label={p.label}
            value={p.value}
            disabled={readOnly}
            onChange={(l) => save(p.patch(l))}
            descriptions={texts}
            testId={`hint-${p.key}-${r.competenceId}`}
          />
        </Table.Td>
      ))}
      <Table.Td miw={180} data-label={t('assessments.competences.note')} className={classes.note}>
        <AutoText
          name={`note-${person.personId}-${r.competenceId}`}
          label={<VisuallyHidden>{t('assessments.competences.noteFor', { name })}</VisuallyHidden>}
          value={r.note}
          disabled={readOnly}
          onCommit={(note) => note.trim() !== (r.note ?? '') && save({ note })}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function PersonPanel({ person, readOnly }: { person: RoundPerson; readOnly: boolean }) {
  const { t } = useTranslation();
  const competences = useRound((s) => s.competences);
  const round = useRound((s) => s.round);
  const frameworks = useRound((s) => s.frameworks);
  const [modal, setModal] = useState<Modal | null>(null);
  const [own, setOwn] = useState<Own | null>(null);
  const byId = new Map(competences.map((c) => [c.id, c]));
  const prospective = person.role === 'prospective';
  const disagreements = person.competences.filter(isDisagreement).length;
  const rated = round?.progress.find((p) => p.step === `person:${person.personId}`);

  return (
    <Stack gap="sm" data-testid={`person-${person.personId}`}>
      <PersonHeading person={person} readOnly={readOnly} onModal={setModal} />
      {rated && rated.total > 0 && (
        <Text size="sm" fw={600} data-testid="rated-count">
          {rated.done
            ? t('assessments.competences.ratedOf', { done: rated.done, total: rated.total })
            : t('assessments.competences.notRatedYet')}
        </Text>
      )}
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
      {/* Where the step is narrower than the table (a small laptop, or beside the step list), each competence becomes a
          block of labelled pickers that wrap (levels.module.css): nothing scrolls sideways. */}
      <div className={classes.ratingsBox}>
        <Table withTableBorder verticalSpacing="xs" striped={false} data-testid="ratings" className={classes.ratings}>
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
            {person.competences.map((r) => (
              <RatingRow
                key={r.competenceId}
                person={person}
                rating={r}
                def={byId.get(r.competenceId)}
                readOnly={readOnly}
                onOwn={setOwn}
              />
            ))}
          </Table.Tbody>
        </Table>
      </div>
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

interface CompetenceStepProps {
  readOnly: boolean;
  personId: string | null;
  onPerson(id: string): void;
}

export function CompetenceStep({ readOnly, personId, onPerson }: CompetenceStepProps) {
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
                  {pr?.done
                    ? t('assessments.competences.tabProgress', { name: p.name, done: pr.done, total: pr.total })
                    : t('assessments.competences.tabNotRated', { name: p.name })}
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
