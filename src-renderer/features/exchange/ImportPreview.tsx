import { useId } from 'react';
import { Alert, Badge, Button, Group, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tx } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import type { ResultOf } from '@shared/api';
import type { EntityCounts } from '@shared/api/exchange';
import { CHANGE_KINDS, changedCompanies, changedKinds, changesNothing } from '@shared/domain/importChanges';
import { TableHead } from '../../lib/TableHead';

type Preview = ResultOf<'exchange.preview'>;
type Conflict = Preview['companies'][number]['conflicts'][number];
export type Resolutions = Record<string, 'mine' | 'theirs'>;

const KIND_COLOR = { new: 'forest', updated: 'blue.9', unchanged: 'gray.8', conflict: 'red.9' } as const;

/** A conflict in the advisor's language: what it is, its name, and the differing fields (never a raw field name). */
function useConflictLabel(): (k: Conflict) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (k) => {
    const entity = t(`exchange.entity.${k.entity}`);
    const name =
      k.entity === 'round' && k.roundKind && k.roundDate
        ? t('exchange.import.roundName', { kind: t(`assessments.kind.${k.roundKind}`), date: format.date(k.roundDate) })
        : k.entity === 'round'
          ? ''
          : k.name;
    const subject = name ? t('exchange.import.subject', { entity, name }) : entity;
    const fields = [
      ...new Set(
        k.fields.map((f) => {
          const key = `exchange.field.${f}`;
          return i18n.exists(key) ? tx(t, key) : t('exchange.import.otherDetails');
        }),
      ),
    ];
    return t('exchange.import.conflict', { subject, fields: fields.join(', ') });
  };
}

/** "2 new, 1 updated": only the kinds of change there are. */
function useChangeText(): (c: EntityCounts) => string {
  const { t } = useTranslation();
  return (c) =>
    CHANGE_KINDS.filter((k) => c[k] > 0)
      .map((k) => t(`exchange.import.change.${k}`, { count: c[k] }))
      .join(', ');
}

/** What the file changes, kind of record by kind of record; kinds it does not change are left out. */
function ChangesTable({ preview, testId }: { preview: Preview; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('exchange.import.changesTitle')}
      </Title>
      <Table striped data-testid={testId} maw={640}>
        <TableHead
          columns={[
            { label: t('exchange.import.recordKind') },
            ...CHANGE_KINDS.map((k) => ({ label: t(`exchange.import.changeKinds.${k}`), numeric: true })),
          ]}
        />
        <Table.Tbody>
          {changedKinds(preview.counts).map(({ kind, counts }) => (
            <Table.Tr key={kind} data-kind={kind}>
              <Table.Th scope="row" fw={400}>
                {t(`exchange.import.recordKinds.${kind}`)}
              </Table.Th>
              {CHANGE_KINDS.map((k) => (
                <Table.Td key={k} ta="right" data-change={k}>
                  {counts[k]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface PreviewTableProps {
  preview: Preview;
  resolutions: Resolutions;
  onResolve(key: string, choice: 'mine' | 'theirs'): void;
}

/** The companies the file changes, with a choice for every conflict; unchanged companies are not listed. */
export function PreviewTable({ preview, resolutions, onResolve }: PreviewTableProps) {
  const { t } = useTranslation();
  const conflictLabel = useConflictLabel();
  const changeText = useChangeText();
  const companies = changedCompanies(preview.companies);
  if (companies.length === 0) return null;
  const records = (c: Preview['companies'][number]) => {
    const parts = (['rounds', 'activities'] as const)
      .filter((k) => changeText(c[k]) !== '')
      .map((k) => t(`exchange.import.recordChanges.${k}`, { changes: changeText(c[k]) }));
    return parts.length > 0 ? parts.join(' ') : t('exchange.import.detailsOnly');
  };
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('exchange.import.companiesTitle')}
      </Title>
      <Table striped data-testid="import-companies">
        <TableHead
          columns={[
            { label: t('exchange.import.company') },
            { label: t('exchange.import.kind') },
            { label: t('exchange.import.recordsHeading') },
          ]}
        />
        <Table.Tbody>
          {companies.map((c) => (
            <Table.Tr key={c.id} data-kind={c.kind}>
              <Table.Td>
                <Text>{c.name}</Text>
                {c.conflicts.map((k) => (
                  <Radio.Group
                    key={k.key}
                    label={conflictLabel(k)}
                    value={resolutions[k.key] ?? null}
                    onChange={(v) => onResolve(k.key, v as 'mine' | 'theirs')}
                    data-testid={`conflict-${k.key}`}
                  >
                    <Group mt={4}>
                      <Radio value="mine" label={t('exchange.import.mine')} />
                      <Radio value="theirs" label={t('exchange.import.theirs')} disabled={k.onlyMine} />
                    </Group>
                  </Radio.Group>
                ))}
              </Table.Td>
              <Table.Td>
                <Badge color={KIND_COLOR[c.kind]}>{t(`exchange.import.kinds.${c.kind}`)}</Badge>
              </Table.Td>
              <Table.Td data-testid={`import-records-${c.id}`}>
                <Text size="sm">{records(c)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface PreviewDecisionProps {
  preview: Preview;
  resolutions: Resolutions;
  setResolutions(update: (r: Resolutions) => Resolutions): void;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
  /** Test ids: `<prefix>-counts`, `<prefix>-nothing` and `<prefix>-apply`. */
  testPrefix: string;
  /**
   * A file from the inbox that changes nothing is still applied, to move it to processed/ and record its number
   * (the button then says so); a chosen file that changes nothing cannot be imported.
   */
  setAsideWhenNothing?: boolean;
}

/** What a previewed file would do, the conflicts to decide, and apply or cancel: the same for a chosen file and the inbox. */
export function PreviewDecision(props: PreviewDecisionProps) {
  const { preview, resolutions, setResolutions, busy, onApply, onCancel, testPrefix, setAsideWhenNothing = false } = props;
  const { t } = useTranslation();
  const reasonId = useId();
  const unresolved = preview.companies.flatMap((c) => c.conflicts).filter((c) => !resolutions[c.key]).length;
  const nothing = changesNothing(preview.counts);
  return (
    <>
      {nothing ? (
        <Alert color="blue" title={t('exchange.import.nothingNew')} data-testid={`${testPrefix}-nothing`} id={reasonId}>
          {t(setAsideWhenNothing ? 'exchange.import.nothingNewInbox' : 'exchange.import.nothingNewWhy')}
        </Alert>
      ) : (
        <ChangesTable preview={preview} testId={`${testPrefix}-counts`} />
      )}
      <PreviewTable preview={preview} resolutions={resolutions} onResolve={(key, v) => setResolutions((r) => ({ ...r, [key]: v }))} />
      <Group>
        <Button
          onClick={onApply}
          disabled={unresolved > 0 || (nothing && !setAsideWhenNothing)}
          aria-describedby={nothing ? reasonId : undefined}
          loading={busy}
          data-testid={`${testPrefix}-apply`}
        >
          {t(nothing && setAsideWhenNothing ? 'exchange.import.setAside' : 'exchange.import.apply')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('exchange.import.cancel')}
        </Button>
      </Group>
    </>
  );
}
