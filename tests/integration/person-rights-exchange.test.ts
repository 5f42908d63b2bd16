import { describe, expect, it } from 'vitest';
import { ERASED_MARK } from '@shared/domain/consent';
import { call, dump, exportAll, importFile, seed, useExchangeStores } from '../helpers/exchangeStores';

/**
 * A person's rights between offices (issue 15): consents that arrive in a file are recorded in the receiving office's
 * history (events do not travel; each office records what changed there), and an erasure travels: the other office
 * ends up with no field naming the person either.
 */

const store = useExchangeStores();
const NAME = 'Ägare 0';

describe('a person’s rights between offices', () => {
  it('records imported consents, and an erasure leaves no trace at the other office either', async () => {
    const a = await store();
    const b = await store();
    const [companyId] = await seed(a, 1);
    const people = await call(a, 'people.list', { companyId: companyId! });
    const owner = people.find((p) => p.name === NAME)!;
    const employee = people.find((p) => p.name !== NAME)!;
    await call(a, 'companies.update', { id: companyId!, patch: { contactName: NAME, consentBy: NAME, consentAt: '2025-02-01' } });
    await call(a, 'contacts.create', {
      companyId: companyId!,
      date: '2025-02-20',
      kind: 'visit',
      advisor: 'Karin',
      personIds: [owner.id, employee.id],
      hours: 1,
      summary: `Pratade med ${NAME} om planen.`,
      nextSteps: [],
    });
    await importFile(b, (await exportAll(a)).base64);
    expect(await call(b, 'consent.history', { personId: employee.id })).toMatchObject([{ kind: 'followup', action: 'given' }]);
    expect((await dump(b.db)).toLowerCase()).toContain(NAME.toLowerCase());

    await call(a, 'people.delete', { id: owner.id });
    await importFile(b, (await exportAll(a)).base64);
    expect((await dump(b.db)).toLowerCase()).not.toContain(NAME.toLowerCase());
    expect(await call(b, 'companies.get', { id: companyId! })).toMatchObject({ contactName: null, consentBy: ERASED_MARK });
    const [contact] = await call(b, 'contacts.list', { companyId: companyId! });
    expect(contact).toMatchObject({ personIds: [employee.id], summary: `Pratade med ${ERASED_MARK} om planen.` });
  });
});
