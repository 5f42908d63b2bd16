import { CompiledQuery, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactCreateSchema, contactPatchSchema } from '@shared/api/contacts';
import type { NextStepInput } from '@shared/api/contacts';
import { createCompany } from '../../src-main/services/companies';
import { createContact, stepsDue, updateContact } from '../../src-main/services/contacts';
import { createPerson } from '../../src-main/services/people';
import { makeTempStore } from '../helpers/tempStore';
import type { TempStore } from '../helpers/tempStore';

/**
 * The overview's next steps due read the contacts through the partial index of contacts with an open step
 * (migration 0150). These hold that it gives the same answer as the steps themselves: a step's text that says
 * "false" does not make a done step open, a step ticked done leaves the index, one reopened comes back, and companies
 * come in Swedish order (Å, Ä, Ö after Z) on the same due date.
 */

let store: TempStore;
// A Wednesday; the week ends on Sunday 2025-03-09.
const START = new Date('2025-03-05T09:30:00.000Z');

beforeEach(async () => {
  store = await makeTempStore({ start: START });
});
afterEach(() => store.cleanup());

async function companyWithSteps(name: string, orgNumber: string, steps: NextStepInput[]): Promise<string> {
  const companyId = (await createCompany(store.db, { name, orgNumber }, store.deps)).id;
  const owner = (await createPerson(store.db, { companyId, name: `Ägare ${name}`, role: 'owner' }, store.deps)).id;
  const input = contactCreateSchema.parse({
    companyId,
    date: '2025-03-04',
    kind: 'phone',
    advisor: 'Karin',
    personIds: [owner],
    hours: 0.25,
    summary: null,
    nextSteps: steps.map((s) => ({ ...s, ownerPersonId: owner })),
  });
  return (await createContact(store.db, input, store.deps)).id;
}

const step = (text: string, done: boolean, dueDate = '2025-03-06'): NextStepInput => ({
  text,
  dueDate,
  ownerText: null,
  ownerPersonId: null,
  done,
});

const listed = async () =>
  (await stepsDue(store.db, store.deps)).byAdvisor.flatMap((g) => g.steps.map((s) => `${s.companyName}: ${s.text}`));

describe('next steps due through the index of open steps', () => {
  it('lists open steps only, whatever their text says, in Swedish company order', async () => {
    await companyWithSteps('Örnen AB', '556036-0793', [step('Svara false eller true', false)]);
    await companyWithSteps('Zeta AB', '556703-7485', [step('Klart: "done":false stod det', true)]);
    await companyWithSteps('Åkeriet AB', '556074-7569', [step('Ring', false), step('Maila', false, '2025-03-01')]);
    await companyWithSteps('Alfa AB', '556016-0680', [step('Boka', false)]);
    expect(await listed()).toEqual(['Åkeriet AB: Maila', 'Alfa AB: Boka', 'Åkeriet AB: Ring', 'Örnen AB: Svara false eller true']);
  });

  it('follows a step ticked done and reopened', async () => {
    const id = await companyWithSteps('Alfa AB', '556016-0680', [step('Boka', false)]);
    const contact = async (done: boolean) => {
      const patch = contactPatchSchema.parse({ nextSteps: [{ ...step('Boka', done), ownerText: 'Karin' }] });
      return updateContact(store.db, { id, patch }, store.deps);
    };
    await contact(true);
    expect(await listed()).toEqual([]);
    const indexed = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM contacts INDEXED BY contacts_open_steps
      WHERE instr(next_steps, 'false') > 0`.execute(store.db);
    expect(indexed.rows[0]!.n).toBe(0);
    await contact(false);
    expect(await listed()).toEqual(['Alfa AB: Boka']);
  });

  it('is answered from the index, not by reading every contact', async () => {
    // The service's own query, as Kysely compiles it, explained by SQLite.
    const seen: CompiledQuery[] = [];
    const spy = store.db.withPlugin({
      transformQuery: ({ node, queryId }) => (seen.push(store.db.getExecutor().compileQuery(node, queryId)), node),
      transformResult: async ({ result }) => result,
    });
    await stepsDue(spy, store.deps);
    const query = seen.find((q) => q.sql.includes('json_each'))!;
    const explain = CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]);
    const plan = await store.db.executeQuery<{ detail: string }>(explain);
    expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/SCAN c USING COVERING INDEX contacts_open_steps/);
  });
});
