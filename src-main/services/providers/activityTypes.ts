import { z } from 'zod';
import { ACTIVITY_TYPE_IDS } from '@shared/api/plans';
import type { ActivityType } from '@shared/api/plans';
import { activityTypesV1 } from '../resources';

/** The activity types: data, validated once at load. */

const bilingual = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });
const activityTypesSchema = z.strictObject({
  catalogue: z.literal('activity-types'),
  version: z.number().int().positive(),
  types: z
    .array(z.strictObject({ id: z.enum(ACTIVITY_TYPE_IDS), typicalHours: z.number().min(0), name: bilingual, description: bilingual }))
    .refine((ts) => ACTIVITY_TYPE_IDS.every((id) => ts.some((t) => t.id === id)), 'every activity type'),
});

const ACTIVITY_TYPES: ActivityType[] = activityTypesSchema.parse(activityTypesV1).types;

export function activityTypes(): ActivityType[] {
  return ACTIVITY_TYPES;
}

export function activityType(id: string): ActivityType | undefined {
  return ACTIVITY_TYPES.find((t) => t.id === id);
}
