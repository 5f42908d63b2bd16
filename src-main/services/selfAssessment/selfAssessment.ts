import type { ParsedInputOf, ResultOf } from '@shared/api';
import { AppError, validationError } from '@shared/api/errors';
import type { Session } from '../../store/session';
import { handoverCodeMatches } from '../../store/selfAssessmentStore';
import { listCompanyCompetences } from '../competences';
import { getRound, loadOpenRound, loadPersonOfCompany, saveRating } from '../rounds';

/**
 * Self-assessment mode: one person rates their own competences on the advisor's laptop. The router keeps every
 * other channel closed while it is on (each channel's `selfAssessment` policy in the contract); these handlers show
 * and store only that person's self levels.
 */

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
  await session.enterSelfAssessment(state, code);
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

/**
 * The handover code (keychain mode) or the advisor's passphrase ends the mode. Wrong attempts wait 1, 2, 4 … s
 * before the next is judged, counted in the store, so that neither a restart nor a 6-digit code's million
 * guesses get through quickly.
 */
export async function exit(session: Session, input: ParsedInputOf<'selfAssessment.exit'>): Promise<ResultOf<'selfAssessment.exit'>> {
  assertActive(session);
  const keychain = session.unlockMode === 'keychain';
  const secret = keychain ? input.handoverCode : input.passphrase;
  if (!secret) throw validationError([{ path: keychain ? 'handoverCode' : 'passphrase', message: 'required' }]);
  const ok = await session.exitSelfAssessment((stored) =>
    keychain ? handoverCodeMatches(stored, secret) : passphraseMatches(session, secret),
  );
  if (!ok) throw new AppError(keychain ? 'selfAssessment.wrongCode' : 'store.wrongPassphrase');
  return { exited: true };
}

function passphraseMatches(session: Session, passphrase: string): boolean {
  try {
    session.verifyPassphrase(passphrase);
    return true;
  } catch (e) {
    if (e instanceof AppError && e.code === 'store.wrongPassphrase') return false;
    throw e;
  }
}
