import type { Migration } from './types';

/**
 * The programme's rules on the company (issue 14). `owner_gender`: who owns the company ('women', 'men', 'both',
 * 'not_stated'), which the funder asks for; recorded only with the company's consent, like a person's follow-up
 * details. `size_reason`: why a company of more than 20 employees was enrolled (the programme takes 0–9, and some up
 * to 20). `people.personnummer`: a participant's personnummer for the funder's participant registration, optional,
 * stored as YYYYMMDD-NNNN (the whole store is encrypted), shown masked. All three travel in exchange files.
 */
export const m0170CompanyRules: Migration = {
  version: 170,
  name: 'company-rules',
  async up(db) {
    await db.schema.alterTable('companies').addColumn('owner_gender', 'text').execute();
    await db.schema.alterTable('companies').addColumn('size_reason', 'text').execute();
    await db.schema.alterTable('people').addColumn('personnummer', 'text').execute();
  },
};
