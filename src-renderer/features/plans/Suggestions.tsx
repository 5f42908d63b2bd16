import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../lib/errors';
import type { Suggestion, SuggestionsResult } from '@shared/api/plans';
import { usePlan } from './planStore';

/** Proposals from the gaps: each accepted (as is, or then edited) or rejected; nothing is stored until accepted. */
export function Suggestions({ companyId, onEdit }: { companyId: string; onEdit(activityId: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'sv' ? 'sv' : 'en';
  const plan = usePlan((s) => s.plan)!;
  const add = usePlan((s) => s.add);
  const [result, setResult] = useState<SuggestionsResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const people = new Map(plan.people.map((p) => [p.id, p.name]));

  const fetchSuggestions = async () => {
    setLoading(true);
    try {
      setResult(await invoke('plans.suggest', { companyId, language: lang }));
    } catch (error) {
      notifyError(error);
    } finally {
      setLoading(false);
    }
  };

  const accept = async (s: Suggestion, edit: boolean) => {
    setBusy(s.key);
    const activity = await add({
      companyId,
      title: s.title,
      typeId: s.typeId,
      level: s.level,
      competenceIds: [s.competenceId],
      personIds: s.personIds,
      hours: s.hours,
    });
    setBusy(null);
    if (!activity) return;
    setResult((r) => (r ? { ...r, suggestions: r.suggestions.filter((x) => x.key !== s.key) } : r));
    notifySuccess(t('plans.suggest.accepted', { title: activity.title }));
    if (edit) onEdit(activity.id);
  };

  const shown = result?.suggestions.filter((s) => !rejected.has(s.key)) ?? [];
  return (
    <Stack gap="sm" data-testid="suggestions" data-ready={result !== null && !loading ? 'true' : 'false'}>
      <Group>
        <Button
          variant="light"
          leftSection={<IconBulb size={18} aria-hidden />}
          onClick={() => void fetchSuggestions()}
          loading={loading}
          data-testid="suggest"
        >
          {t('plans.suggest.button')}
        </Button>
        {loading && <Loader size="sm" aria-label={t('app.loading')} />}
      </Group>
      {result && (
        <>
          <Text size="sm" c="dimmed">
            {t('plans.suggest.intro')}
          </Text>
          {result.roundId === null ? (
            <Alert color="gray">{t('plans.suggest.noRound')}</Alert>
          ) : shown.length === 0 ? (
            <Alert color="gray">{t('plans.suggest.none')}</Alert>
          ) : (
            <ul
              aria-label={t('plans.suggest.list')}
              style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}
            >
              {shown.map((s) => (
                <li key={s.key} data-suggestion={s.competenceId}>
                  <Card withBorder padding="sm">
                    <Group justify="space-between" wrap="wrap" gap="sm">
                      <Stack gap={2} style={{ flex: '1 1 18rem' }}>
                        <Text fw={600}>{s.title}</Text>
                        <Group gap="xs">
                          <Badge variant="light">{t(`plans.level.${s.level}`)}</Badge>
                          <Badge variant="outline" color="dark">
                            {t('plans.suggest.gap', { gap: s.maxGap })}
                          </Badge>
                          <Text size="sm">
                            {t('plans.suggest.people')}:{' '}
                            {s.personIds
                              .map((id) => people.get(id))
                              .filter(Boolean)
                              .join(', ')}
                          </Text>
                        </Group>
                      </Stack>
                      <Group gap="xs">
                        <Button size="xs" onClick={() => void accept(s, false)} loading={busy === s.key} data-testid="accept-suggestion">
                          {t('plans.suggest.accept')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => void accept(s, true)} disabled={busy === s.key}>
                          {t('plans.suggest.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setRejected((r) => new Set(r).add(s.key))}
                          data-testid="reject-suggestion"
                        >
                          {t('plans.suggest.reject')}
                        </Button>
                      </Group>
                    </Group>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Stack>
  );
}
