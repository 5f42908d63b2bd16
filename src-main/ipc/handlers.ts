import type { ChannelName, ParsedInputOf, ResultOf } from '@shared/api';
import type { Session } from '../store/session';
import * as companies from '../services/companies';
import * as consent from '../services/consent';
import * as retention from '../services/retention';
import * as rights from '../services/rights';
import * as aid from '../services/aid';
import * as backups from '../services/backups';
import * as contacts from '../services/contacts';
import * as competences from '../services/competences';
import * as exchange from '../services/exchange';
import * as frameworks from '../services/frameworks';
import * as offices from '../services/offices';
import * as overview from '../services/overview';
import * as passport from '../services/passport';
import * as participation from '../services/participation';
import * as people from '../services/people';
import * as plans from '../services/plans';
import * as print from '../services/print';
import * as providers from '../services/providers';
import * as reports from '../services/reports';
import * as rounds from '../services/rounds';
import * as selfAssessment from '../services/selfAssessment';
import * as settings from '../services/settings';
import { AppError } from '@shared/api/errors';
import { setAsideStore } from '../store/setAside';

/** One handler per channel: a channel missing here is a compile error. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>, session: Session) => Promise<ResultOf<C>> | ResultOf<C>;
};

export const handlers: Handlers = {
  'session.status': (_input, session) => session.status(),
  'session.create': ({ passphrase }, session) => session.create(passphrase),
  'session.unlock': ({ passphrase }, session) => session.unlock(passphrase),
  'session.changePassphrase': async ({ current, passphrase }, session) => {
    // Keychain mode has no passphrase: its key is a random secret kept by the OS.
    if (session.unlockMode !== 'passphrase') throw new AppError('store.noPassphraseMode');
    await session.changePassphrase(current, passphrase);
    return session.status();
  },
  'session.lock': (_input, session) => session.lock(),
  'session.setLanguage': ({ language }, session) => session.setLanguage(language),
  'session.setAside': async (_input, session) => {
    // Only a locked store is moved: an open one is readable, so there is nothing to recover from.
    if (session.unlocked) throw new AppError('store.unlocked');
    const { folder } = setAsideStore(session.dataDir, session.now());
    await session.afterSetAside();
    const status = session.status();
    return { status, folder, restartRequired: status.unlockMode === 'keychain' && !status.unlocked };
  },

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

  'exchange.export': (input, session) => exchange.exportCompanies(session.db, input, session.deps),
  'exchange.preview': (input, session) => exchange.previewImport(session.db, input, session.deps),
  'exchange.apply': (input, session) => exchange.applyImport(session.db, input, session.deps),
  'exchange.log': (_input, session) => exchange.importLog(session.db),
  'exchange.sendState': (_input, session) => exchange.sendState(session.db),
  'exchange.send': (input, session) => exchange.sendChanges(session.db, input.officeId, session.deps, { full: input.full }),
  'exchange.inbox': (_input, session) => exchange.listInbox(session.db, session.deps),
  'exchange.inboxPreview': (input, session) => exchange.previewInbox(session.db, input, session.deps),
  'exchange.inboxApply': (input, session) => exchange.applyInbox(session.db, input, session.deps),

  'offices.own': (_input, session) => offices.ownOffice(session.db, session.deps),
  'offices.list': (_input, session) => offices.listOffices(session.db),
  'offices.add': (input, session) => offices.addOffice(session.db, input, session.deps),
  'offices.verify': (input, session) => offices.verifyOffice(session.db, input, session.deps),
  'offices.rename': (input, session) => offices.renameOffice(session.db, input, session.deps),
  'offices.remove': (input, session) => offices.removeOffice(session.db, input),
  'offices.exportIdentity': (input, session) => offices.exportIdentity(session.db, input, session.deps),
  'offices.importIdentity': (input, session) => offices.importIdentity(session.db, input, session.deps),

  'frameworks.get': (input) => frameworks.getFrameworks(input),
  'competences.listForCompany': (input, session) => competences.listCompanyCompetences(session.db, input),
  'competences.createCustom': (input, session) => competences.createCustomCompetence(session.db, input, session.deps),
  'competences.updateCustom': (input, session) => competences.updateCustomCompetence(session.db, input, session.deps),
  'competences.deleteCustom': (input, session) => competences.deleteCustomCompetence(session.db, input, session.deps),
  'rounds.list': (input, session) => rounds.listRounds(session.db, input),
  'rounds.start': (input, session) => rounds.startRound(session.db, input, session.deps),
  'rounds.get': (input, session) => rounds.getRound(session.db, input),
  'rounds.setStep': (input, session) => rounds.setStep(session.db, input),
  'rounds.saveAnswer': (input, session) => rounds.saveAnswer(session.db, input, session.deps),
  'rounds.saveVision': (input, session) => rounds.saveVision(session.db, input, session.deps),
  'rounds.saveGoal': (input, session) => rounds.saveGoal(session.db, input, session.deps),
  'rounds.deleteGoal': (input, session) => rounds.deleteGoal(session.db, input, session.deps),
  'rounds.saveStrategy': (input, session) => rounds.saveStrategy(session.db, input, session.deps),
  'rounds.deleteStrategy': (input, session) => rounds.deleteStrategy(session.db, input, session.deps),
  'rounds.saveAreaTarget': (input, session) => rounds.saveAreaTarget(session.db, input, session.deps),
  'rounds.setPersonCompetences': (input, session) => rounds.setPersonCompetences(session.db, input, session.deps),
  'rounds.saveRating': (input, session) => rounds.saveRating(session.db, input, session.deps),
  'rounds.summary': (input, session) => rounds.roundSummary(session.db, input),
  'rounds.complete': (input, session) => rounds.completeRound(session.db, input, session.deps),

  'selfAssessment.enter': (input, session) => selfAssessment.enter(session, input),
  'selfAssessment.get': (input, session) => selfAssessment.view(session, input),
  'selfAssessment.saveRating': (input, session) => selfAssessment.rate(session, input),
  'selfAssessment.exit': (input, session) => selfAssessment.exit(session, input),
  'providers.list': (_input, session) => providers.listProviders(session.db),
  'providers.create': (input, session) => providers.createProvider(session.db, input, session.deps),
  'providers.update': (input, session) => providers.updateProvider(session.db, input, session.deps),
  'providers.delete': (input, session) => providers.deleteProvider(session.db, input, session.deps),
  'activityTypes.list': () => providers.activityTypes(),
  'plans.get': (input, session) => plans.getPlan(session.db, input, session.deps),
  'plans.update': (input, session) => plans.updatePlan(session.db, input, session.deps),
  'plans.suggest': (input, session) => plans.suggestActivities(session.db, input),
  'plans.totals': (input, session) => plans.planTotals(session.db, input),
  'plans.dueForFollowUp': (_input, session) => plans.dueForFollowUp(session.db, session.deps),
  'plans.exportCsv': (input, session) => plans.exportPlanCsv(session.db, input, session.deps),
  'activities.create': (input, session) => plans.createActivity(session.db, input, session.deps),
  'activities.update': (input, session) => plans.updateActivity(session.db, input, session.deps),
  'activities.delete': (input, session) => plans.deleteActivity(session.db, input, session.deps),
  'sessions.create': (input, session) => plans.createSession(session.db, input, session.deps),
  'sessions.update': (input, session) => plans.updateSession(session.db, input, session.deps),
  'sessions.delete': (input, session) => plans.deleteSession(session.db, input, session.deps),
  'overview.get': (_input, session) => overview.getOverview(session.db, session.deps),
  'reports.programme': (input, session) => reports.programmeReport(session.db, input, session.deps),
  'reports.exportXlsx': (input, session) => reports.exportReportXlsx(session.db, input, session.deps),
  'reports.exportCsv': (input, session) => reports.exportReportCsv(session.db, input, session.deps),
  'reports.participantList': (input, session) => reports.exportParticipantList(session.db, input),
  'reports.submit': (input, session) => reports.submitReport(session.db, input, session.deps),
  'reports.submittedList': (_input, session) => reports.listSubmitted(session.db),
  'reports.submittedOpen': (input, session) => reports.openSubmitted(session.db, input, session.deps),
  'participation.due': (_input, session) => participation.followupsDue(session.db, session.deps),
  'contacts.list': (input, session) => contacts.listContacts(session.db, input),
  'contacts.create': (input, session) => contacts.createContact(session.db, input, session.deps),
  'contacts.update': (input, session) => contacts.updateContact(session.db, input, session.deps),
  'contacts.delete': (input, session) => contacts.deleteContact(session.db, input, session.deps),
  'contacts.stepsDue': (_input, session) => contacts.stepsDue(session.db, session.deps),
  'aid.summary': (input, session) => aid.aidSummary(session.db, input, session.deps),
  'aid.list': (input, session) => aid.listDeclaredAid(session.db, input),
  'aid.create': (input, session) => aid.createDeclaredAid(session.db, input, session.deps),
  'aid.update': (input, session) => aid.updateDeclaredAid(session.db, input, session.deps),
  'aid.delete': (input, session) => aid.deleteDeclaredAid(session.db, input, session.deps),
  'aid.checkActivity': (input, session) => aid.checkActivityAid(session.db, input, session.deps),
  // Electron answers this itself (src-main/app/print.ts); the browser host prints from the browser.
  'print.pdf': () => {
    throw new AppError('print.desktopOnly');
  },
  'backups.list': (input, session) => backups.backupList(session, input),
  'backups.now': (_input, session) => backups.backupNow(session),
  'backups.restore': (input, session) => backups.backupRestore(session, input),
  'backups.exportKey': (input, session) => backups.backupExportKey(session, input),
  'print.attendanceSheet': (input, session) => print.attendanceSheet(session.db, input),
  'print.deMinimisCertificate': (input, session) => print.deMinimisCertificate(session.db, input, session.deps),
  'print.businessCheck': (input, session) => print.businessCheck(session.db, input),
  'consent.history': (input, session) => consent.consentHistory(session.db, input),
  'consent.record': (input, session) => rights.recordConsent(session.db, input, session.deps),
  'rights.personData': (input, session) => rights.personData(session.db, input, session.deps),
  'rights.reviewFlags': (input, session) => rights.reviewFlags(session.db, input),
  'rights.markReviewed': (input, session) => rights.markReviewed(session.db, input, session.deps),
  'rights.log': (_input, session) => rights.rightsLog(session.db),
  'retention.getRule': (_input, session) => retention.getRetentionRule(session.db),
  'retention.setRule': (input, session) => retention.setRetentionRule(session.db, input, session.deps),
  'retention.scan': (_input, session) => retention.scanRetention(session.db, session.deps),
  'retention.erase': (input, session) => retention.eraseRetained(session.db, input, session.deps),
  'passport.get': (input, session) => passport.getPassport(session.db, input, session.deps),
  'passport.exportJson': (input, session) => passport.exportPassportJson(session.db, input, session.deps),
};
