import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LevelPicker } from './LevelPicker';
import { local } from './types';
import type { CompetenceDefinition, Frameworks } from './types';

/**
 * What each level of a competence means, in the screen's language (index 0 is level 1): its own descriptions, or,
 * for a company-specific competence that has none, the general scale's (`general` tells which).
 */
export function levelTexts(
  def: CompetenceDefinition | undefined,
  scale: Frameworks['catalogue']['scale'] | undefined,
  lang: string,
): { texts: string[] | null; general: boolean } {
  if (def?.levels?.length) return { texts: def.levels.map((l) => local(l.descriptor, lang)), general: false };
  if (!scale) return { texts: null, general: false };
  return { texts: scale.levels.map((l) => `${local(l.label, lang)}: ${local(l.description, lang)}`), general: true };
}

interface DescribedLevelPickerProps {
  label: string;
  value: number | null;
  onChange(level: number): void;
  disabled?: boolean;
  descriptions: readonly string[] | null;
  testId?: string;
}

/**
 * The compact 1–5 picker with, under it, what the level under the pointer or keyboard focus means (else the chosen
 * level's), or "not rated yet". Screen readers hear each level's meaning as its button's description.
 */
export function DescribedLevelPicker({ label, value, onChange, disabled, descriptions, testId }: DescribedLevelPickerProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<number | null>(null);
  const shown = active ?? value;
  const text = shown === null ? undefined : descriptions?.[shown - 1];
  const preview = active !== null && active !== value;
  return (
    <Stack gap={4} w={176}>
      <LevelPicker label={label} value={value} onChange={onChange} disabled={disabled} descriptions={descriptions} onActive={setActive} />
      <Text
        size="xs"
        c={shown === null ? 'gray.7' : undefined}
        fs={preview ? 'italic' : undefined}
        data-testid={testId}
        data-level={shown ?? ''}
        data-preview={preview || undefined}
      >
        {shown === null && t('assessments.competences.notRatedYet')}
        {shown !== null && text && t('assessments.competences.levelHint', { level: shown, text })}
      </Text>
    </Stack>
  );
}
