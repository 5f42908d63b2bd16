import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '@shared/api';
import type { CompanyCompetences } from '@shared/api/assessments';
import { AppError } from '@shared/api/errors';
import type { Database } from '../../store/schema';
import { competenceCatalogue } from '../frameworks';
import { customRows } from '../rounds/guards';
import { fromCatalogue, fromCustomRow } from '../rounds/rows';

/** The competences a company can use: a catalogue version's, then the company's own. */
export async function listCompanyCompetences(
  db: Kysely<Database>,
  input: ParsedInputOf<'competences.listForCompany'>,
): Promise<CompanyCompetences> {
  const company = await db.selectFrom('companies').select('id').where('id', '=', input.companyId).executeTakeFirst();
  if (!company) throw new AppError('company.notFound', { id: input.companyId });
  const catalogue = competenceCatalogue(input.catalogueVersion);
  return {
    catalogueVersion: catalogue.version,
    competences: [...catalogue.competences.map(fromCatalogue), ...(await customRows(db, input.companyId)).map(fromCustomRow)],
  };
}
