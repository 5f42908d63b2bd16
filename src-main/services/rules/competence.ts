import type { z } from 'zod';
import { customLevels } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import type { BilingualText } from '@shared/domain/frameworks';

/** A company-specific competence's texts: an empty language is filled from the other, and level texts are five. */

export const fillBilingual = (t: { sv: string; en: string }): BilingualText => ({ sv: t.sv || t.en, en: t.en || t.sv });

/** The levels column as stored: JSON of exactly levels 1–5 in order, each text in both languages, or null. */
export function levelsColumn(levels: z.output<typeof customLevels> | null): string | null {
  return levels === null ? null : JSON.stringify(levels.map((l) => ({ level: l.level, descriptor: fillBilingual(l.descriptor) })));
}

/** A stored levels column (as an exchange file carries it) holds what `levelsColumn` writes. */
export function assertLevelsColumn(json: string | null): void {
  if (json === null) return;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError('assessment.invalidLevels');
  }
  const parsed = customLevels.safeParse(value);
  const filled = (t: BilingualText) => {
    const f = fillBilingual(t);
    return f.sv === t.sv && f.en === t.en;
  };
  if (!parsed.success || !parsed.data.every((l) => filled(l.descriptor))) throw new AppError('assessment.invalidLevels');
}
