import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import { createI18n } from '@shared/i18n';
import { elmPassportSchema, toElmPassport } from '@shared/domain/passportElm';
import type { Database } from '../../store/schema';
import { systemClock } from '../../store/transaction';
import type { ServiceDeps } from '../../store/transaction';
import { getPassport } from './passport';

/**
 * The passport as a Europass (ELM 3) credential in JSON, in the chosen language, checked against our schema of it
 * before it leaves (a shape we could not stand behind is an error, not a file). The same consent check as the PDF's:
 * it reads through getPassport. The renderer saves the text as the other exports do.
 */
export async function exportPassportJson(
  db: Kysely<Database>,
  input: ParsedInputOf<'passport.exportJson'>,
  deps: ServiceDeps = systemClock,
): Promise<{ fileName: string; text: string }> {
  const passport = await getPassport(db, { personId: input.personId }, deps);
  const { t } = createI18n(input.language);
  const date = new Intl.DateTimeFormat(input.language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const credential = toElmPassport(passport, input.language, {
    title: t('passport.title'),
    roundTitle: (r) =>
      t('passport.print.roundTitle', { kind: t(`assessments.kind.${r.kind}`), date: date.format(new Date(`${r.date}T12:00:00Z`)) }),
    self: t('gaps.person.self'),
    advisor: t('gaps.person.advisor'),
    learningWishes: t('passport.print.wishesTitle'),
    programme: t('passport.print.programme'),
  });
  const text = `${JSON.stringify(elmPassportSchema.parse(credential), null, 2)}\n`;
  return { fileName: `${t('passport.json.fileName')}-${slug(passport.name)}-${passport.issuedOn}.json`, text };
}

/** The name in a file name: letters (å, ä, ö kept) and digits, the rest as single dashes. */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'person'
  );
}
