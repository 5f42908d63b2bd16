import type { ChannelName, ParsedInputOf, ResultOf } from '../../src-shared/api';
import type { Session } from '../store/session';
import * as companies from '../services/companies';
import * as people from '../services/people';
import * as settings from '../services/settings';

/** One handler per channel: a channel missing here is a compile error. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>, session: Session) => Promise<ResultOf<C>> | ResultOf<C>;
};

export const handlers: Handlers = {
  'session.status': (_input, session) => session.status(),
  'session.create': ({ passphrase }, session) => session.create(passphrase),
  'session.unlock': ({ passphrase }, session) => session.unlock(passphrase),
  'session.lock': (_input, session) => session.lock(),
  'session.setLanguage': ({ language }, session) => session.setLanguage(language),

  'settings.get': (_input, session) => settings.getSettings(session.db),
  'settings.update': (input, session) => settings.updateSettings(session.db, input, session.deps),

  'companies.list': (input, session) => companies.listCompanies(session.db, input),
  'companies.get': (input, session) => companies.getCompany(session.db, input),
  'companies.create': (input, session) => companies.createCompany(session.db, input, session.deps),
  'companies.update': (input, session) => companies.updateCompany(session.db, input, session.deps),
  'companies.archive': (input, session) => companies.archiveCompany(session.db, input, session.deps),
  'companies.delete': (input, session) => companies.deleteCompany(session.db, input, session.deps),
  'companies.checkOrgNumber': (input, session) => companies.checkOrgNumber(session.db, input),

  'people.list': (input, session) => people.listPeople(session.db, input),
  'people.create': (input, session) => people.createPerson(session.db, input, session.deps),
  'people.update': (input, session) => people.updatePerson(session.db, input, session.deps),
  'people.delete': (input, session) => people.deletePerson(session.db, input, session.deps),
};
