import { z } from 'zod';
import { MAX_LOGO_CHARS, logoIssue } from '../domain/logo';

/** The logo in Settings: a PNG or JPEG data URL within the size cap (domain/logo.ts); empty text or null clears it. */
export const programmeLogoField = z
  .string()
  .max(MAX_LOGO_CHARS, { error: 'logoSize' })
  .superRefine((v, ctx) => {
    const issue = v === '' ? null : logoIssue(v);
    if (issue !== null) ctx.addIssue({ code: 'custom', message: issue === 'size' ? 'logoSize' : 'logoType', abort: true });
  })
  .nullable()
  .optional();
