import { create } from 'zustand';
import { ApiError, invoke } from '../../api/client';
import { notifyError } from '../../lib/errors';
import { useSaveStatus } from '../../lib/saveStatus';
import type { InputOf } from '@shared/api';
import type { CompetenceDefinition, Frameworks, Rating, RatingPatch, RoundDetail, RoundSummary } from './types';

interface RoundState {
  roundId: string | null;
  round: RoundDetail | null;
  frameworks: Frameworks | null;
  /** The catalogue of the round's version plus the company's own competences. */
  competences: CompetenceDefinition[];
  companyName: string;
  summary: RoundSummary | null;
  state: 'loading' | 'ready' | 'notFound';
  load(roundId: string): Promise<void>;
  refresh(): Promise<void>;
  loadSummary(): Promise<void>;
  setStep(step: string): void;
  /** A note or its shareable mark left undefined keeps the stored one. */
  saveAnswer(questionId: string, level: number | null, note?: string | null, noteShared?: boolean): void;
  saveVision(vision: string): void;
  saveAreaTarget(areaId: string, targetLevel: number): void;
  /** A new goal (no id), or a change to some fields of one: merged with the goal as the screen shows it. */
  saveGoal(input: GoalSave): Promise<void>;
  deleteGoal(id: string): Promise<void>;
  saveStrategy(input: StrategySave): Promise<void>;
  deleteStrategy(id: string): Promise<void>;
  saveRating(personId: string, competenceId: string, patch: RatingPatch): void;
  setPersonCompetences(personId: string, competenceIds: string[]): Promise<void>;
  createCustom(input: Omit<InputOf<'competences.createCustom'>, 'companyId'>): Promise<CompetenceDefinition>;
  complete(completedBy: string): Promise<void>;
}

type GoalInput = Omit<InputOf<'rounds.saveGoal'>, 'roundId'>;
type StrategyInput = Omit<InputOf<'rounds.saveStrategy'>, 'roundId'>;
type GoalSave = GoalInput | ({ id: string } & Partial<GoalInput>);
type StrategySave = StrategyInput | ({ id: string } & Partial<StrategyInput>);

/** Bumped whenever a save starts: a round read back before it is stale and must not replace what the screen shows. */
let writes = 0;

/** Saves one change through the page's save indicator; a failure is shown and the stored round reloaded. */
function track<T>(work: () => Promise<T>, reload: () => Promise<void>): Promise<T | undefined> {
  writes++;
  return useSaveStatus
    .getState()
    .track(work)
    .catch((error: unknown) => {
      notifyError(error);
      void reload();
      return undefined;
    });
}

/** The round with one answer set (or replaced), before the server has it; a note (or its mark) left undefined keeps the old one. */
function withAnswer(r: RoundDetail, questionId: string, level: number | null, note?: string | null, noteShared?: boolean): RoundDetail {
  const prev = r.answers.find((a) => a.questionId === questionId);
  const next = {
    questionId,
    level,
    note: note === undefined ? (prev?.note ?? null) : note,
    noteShared: noteShared ?? prev?.noteShared ?? false,
    updatedAt: new Date().toISOString(),
  };
  return { ...r, answers: prev ? r.answers.map((a) => (a.questionId === questionId ? next : a)) : [...r.answers, next] };
}

/** A goal as its save channel takes it. */
function goalInput(g: RoundDetail['goals'][number]): GoalInput {
  return {
    id: g.id,
    kind: g.kind,
    label: g.label,
    currentValue: g.currentValue,
    targetValue: g.targetValue,
    targetYear: g.targetYear,
    areaIds: g.areaIds,
  };
}

/** One rating with the patch applied: only the fields the patch names change. */
function patchedRating(c: Rating, patch: RatingPatch): Rating {
  return {
    ...c,
    ...(patch.required !== undefined ? { requiredLevel: patch.required } : {}),
    ...(patch.selfLevel !== undefined ? { selfLevel: patch.selfLevel } : {}),
    ...(patch.advisorLevel !== undefined ? { advisorLevel: patch.advisorLevel } : {}),
    ...(patch.note !== undefined ? { note: patch.note } : {}),
  };
}

/** The round with one person's rating of one competence patched, before the server has it. */
function withRating(r: RoundDetail, personId: string, competenceId: string, patch: RatingPatch): RoundDetail {
  return {
    ...r,
    people: r.people.map((p) =>
      p.personId !== personId
        ? p
        : { ...p, competences: p.competences.map((c) => (c.competenceId !== competenceId ? c : patchedRating(c, patch))) },
    ),
  };
}

export const useRound = create<RoundState>((set, get) => {
  const rid = () => get().roundId ?? '';
  const refresh = async () => {
    const id = get().roundId;
    if (!id) return;
    const asked = writes;
    const round = await invoke('rounds.get', { roundId: id });
    // A save that began since the question (or is still under way) makes this answer stale: the refresh after that
    // save brings the round with it. Showing this one would undo an answer on screen and feed it to the next save.
    if (get().roundId === id && asked === writes && useSaveStatus.getState().pending === 0) set({ round });
  };
  /** Goal and strategy saves carry the whole record: one at a time, in the order they were made. */
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = (work: () => Promise<void>): Promise<void> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  /** After a save, the server's progress figures; skipped while more saves are queued (they would be stale). */
  const refreshIfIdle = () => (useSaveStatus.getState().pending === 0 ? refresh().catch(() => undefined) : undefined);
  const patchRound = (fn: (r: RoundDetail) => RoundDetail) => {
    const r = get().round;
    if (r) set({ round: fn(r) });
  };
  /** A change the page waits for: saved, then the round read back. */
  const saveThenRefresh = async (work: () => Promise<unknown>) => {
    await track(work, refresh);
    await refresh();
  };
  return {
    roundId: null,
    round: null,
    frameworks: null,
    competences: [],
    companyName: '',
    summary: null,
    state: 'loading',
    async load(roundId) {
      set({ roundId, round: null, summary: null, state: 'loading' });
      useSaveStatus.getState().reset();
      try {
        const round = await invoke('rounds.get', { roundId });
        const [frameworks, competences, company] = await Promise.all([
          invoke('frameworks.get', { situationVersion: round.frameworkVersion, catalogueVersion: round.catalogueVersion }),
          invoke('competences.listForCompany', { companyId: round.companyId, catalogueVersion: round.catalogueVersion }),
          invoke('companies.get', { id: round.companyId }),
        ]);
        if (get().roundId !== roundId) return;
        set({ round, frameworks, competences: competences.competences, companyName: company.name, state: 'ready' });
      } catch (error) {
        if (get().roundId !== roundId) return;
        set({ state: 'notFound' });
        // The screen says that the round was not found; any other failure is told once, as a notification.
        if (!(error instanceof ApiError && (error.code === 'assessment.roundNotFound' || error.code === 'validation'))) notifyError(error);
      }
    },
    refresh: () => refresh().catch(notifyError),
    async loadSummary() {
      try {
        const summary = await invoke('rounds.summary', { roundId: rid() });
        set({ summary });
      } catch (error) {
        notifyError(error);
      }
    },
    setStep(step) {
      patchRound((r) => ({ ...r, lastStep: step }));
      if (get().round?.completedAt) return;
      void track(() => invoke('rounds.setStep', { roundId: rid(), step }), refresh);
    },
    saveAnswer(questionId, level, note, noteShared) {
      patchRound((r) => withAnswer(r, questionId, level, note, noteShared));
      const changes = { ...(note === undefined ? {} : { note }), ...(noteShared === undefined ? {} : { noteShared }) };
      void track(() => invoke('rounds.saveAnswer', { roundId: rid(), questionId, level, ...changes }), refresh).then(
        (saved) => saved && refreshIfIdle(),
      );
    },
    saveVision(vision) {
      void track(() => invoke('rounds.saveVision', { roundId: rid(), vision }), refresh).then((saved) => saved && refreshIfIdle());
    },
    saveAreaTarget(areaId, targetLevel) {
      patchRound((r) => ({ ...r, areaTargets: [...r.areaTargets.filter((t) => t.areaId !== areaId), { areaId, targetLevel }] }));
      void track(() => invoke('rounds.saveAreaTarget', { roundId: rid(), areaId, targetLevel }), refresh);
    },
    saveGoal(input) {
      const current = input.id ? get().round?.goals.find((g) => g.id === input.id) : undefined;
      // The whole goal as the screen shows it now, with this change: a field saved a moment ago is never sent back stale.
      const full = current ? { ...goalInput(current), ...input } : (input as GoalInput);
      if (current) patchRound((r) => ({ ...r, goals: r.goals.map((g) => (g.id === current.id ? { ...g, ...input } : g)) }));
      return inOrder(() => saveThenRefresh(() => invoke('rounds.saveGoal', { roundId: rid(), ...full })));
    },
    deleteGoal: (id) => saveThenRefresh(() => invoke('rounds.deleteGoal', { roundId: rid(), id })),
    saveStrategy(input) {
      const current = input.id ? get().round?.strategies.find((x) => x.id === input.id) : undefined;
      const full = current ? { id: current.id, text: current.text, areaIds: current.areaIds, ...input } : (input as StrategyInput);
      if (current) patchRound((r) => ({ ...r, strategies: r.strategies.map((x) => (x.id === current.id ? { ...x, ...input } : x)) }));
      return inOrder(() => saveThenRefresh(() => invoke('rounds.saveStrategy', { roundId: rid(), ...full })));
    },
    deleteStrategy: (id) => saveThenRefresh(() => invoke('rounds.deleteStrategy', { roundId: rid(), id })),
    saveRating(personId, competenceId, patch) {
      patchRound((r) => withRating(r, personId, competenceId, patch));
      void track(() => invoke('rounds.saveRating', { roundId: rid(), personId, competenceId, ...patch }), refresh).then(
        (saved) => saved && refreshIfIdle(),
      );
    },
    setPersonCompetences: (personId, competenceIds) =>
      saveThenRefresh(() => invoke('rounds.setPersonCompetences', { roundId: rid(), personId, competenceIds })),
    async createCustom(input) {
      const companyId = get().round?.companyId ?? '';
      const created = await invoke('competences.createCustom', { companyId, ...input });
      set((s) => ({ competences: [...s.competences, created] }));
      return created;
    },
    async complete(completedBy) {
      const round = await invoke('rounds.complete', { roundId: rid(), completedBy });
      set({ round });
    },
  };
});
