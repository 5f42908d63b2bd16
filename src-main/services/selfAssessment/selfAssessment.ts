import type { ParsedInputOf, ResultOf } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { Session } from '../../store/session';
import { listCompanyCompetences } from '../competences';
import { getRound, loadOpenRound, loadPersonOfCompany, saveRating } from '../rounds';

/**
 * Self-assessment mode: one person rates their own competences on the advisor's laptop. The router keeps every
 * other channel closed while it is on (each channel's `selfAssessment` policy in the contract); these handlers show
 * and store only that person's self levels.
 */

/** Wrong exit codes before a pause: a 4-digit code must not be guessable by trying them all. */
const MAX_FAILURES = 5;
const PAUSE_MS = 60_000;
const failures = new WeakMap<Session, { count: number; until: number }>();

export async function enter(session: Session, input: ParsedInputOf<'selfAssessment.enter'>): Promise<ResultOf<'selfAssessment.enter'>> {
  const round = await loadOpenRound(session.db, input.roundId);
  const person = await loadPersonOfCompany(session.db, input.personId, round.company_id);
  if (person.role === 'prospective') throw new AppError('assessment.prospectiveCurrentLevel');
  let code: string | null = null;
  if (session.unlockMode === 'keychain') {
    if (!input.handoverCode) throw new AppError('selfAssessment.codeRequired');
    code = input.handoverCode;
  }
  const state = { roundId: input.roundId, personId: input.personId, language: input.language };
  session.enterSelfAssessment(state, code);
  failures.delete(session);
  return state;
}

function assertActive(session: Session): void {
  if (!session.selfAssessment) throw new AppError('selfAssessment.notActive');
}

export async function view(session: Session, input: ParsedInputOf<'selfAssessment.get'>): Promise<ResultOf<'selfAssessment.get'>> {
  assertActive(session);
  const round = await getRound(session.db, { roundId: input.roundId });
  const person = round.people.find((p) => p.personId === input.personId);
  if (!person) throw new AppError('person.notFound', { id: input.personId });
  const { competences } = await listCompanyCompetences(session.db, {
    companyId: round.companyId,
    catalogueVersion: round.catalogueVersion,
  });
  const byId = new Map(competences.map((c) => [c.id, c]));
  return {
    roundId: round.id,
    personId: person.personId,
    language: session.selfAssessment!.language,
    name: person.name,
    competences: person.competences.flatMap((r) => {
      const c = byId.get(r.competenceId);
      return c ? [{ competence: { id: c.id, name: c.name, description: c.description, levels: c.levels }, selfLevel: r.selfLevel }] : [];
    }),
  };
}

export async function rate(
  session: Session,
  input: ParsedInputOf<'selfAssessment.saveRating'>,
): Promise<ResultOf<'selfAssessment.saveRating'>> {
  assertActive(session);
  const round = await getRound(session.db, { roundId: input.roundId });
  const person = round.people.find((p) => p.personId === input.personId);
  // Only the competences of the person's set: rating another one would add it.
  if (!person?.competences.some((c) => c.competenceId === input.competenceId)) {
    throw new AppError('assessment.unknownCompetence', { id: input.competenceId });
  }
  const saved = await saveRating(
    session.db,
    { roundId: input.roundId, personId: input.personId, competenceId: input.competenceId, selfLevel: input.selfLevel },
    session.deps,
  );
  return { competenceId: saved.competenceId, selfLevel: saved.selfLevel };
}

export function exit(session: Session, input: ParsedInputOf<'selfAssessment.exit'>): ResultOf<'selfAssessment.exit'> {
  assertActive(session);
  const now = session.now().getTime();
  const record = failures.get(session) ?? { count: 0, until: 0 };
  if (record.until > now) throw new AppError('selfAssessment.tooManyAttempts', { seconds: Math.ceil((record.until - now) / 1000) });
  let ok: boolean;
  if (session.unlockMode === 'keychain') {
    if (!input.handoverCode) throw validationError([{ path: 'handoverCode', message: 'required' }]);
    ok = session.checkHandoverCode(input.handoverCode);
  } else {
    if (!input.passphrase) throw validationError([{ path: 'passphrase', message: 'required' }]);
    try {
      session.verifyPassphrase(input.passphrase);
      ok = true;
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'store.wrongPassphrase') throw e;
      ok = false;
    }
  }
  if (!ok) {
    const count = record.count + 1;
    failures.set(session, count >= MAX_FAILURES ? { count: 0, until: now + PAUSE_MS } : { count, until: 0 });
    throw new AppError(session.unlockMode === 'keychain' ? 'selfAssessment.wrongCode' : 'store.wrongPassphrase');
  }
  failures.delete(session);
  session.exitSelfAssessment();
  return { exited: true };
}
