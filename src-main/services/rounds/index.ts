/**
 * The guided assessments (issue 3): rounds of the situation assessment, vision and goals, and the competence
 * analysis per person. Every write runs in one transaction that first checks the round is open (a completed round
 * is locked), then what it refers to (question, area, competence, person) against the round's own framework
 * versions, so a refused write stores nothing.
 */
export { getRound, listRounds, roundSummary } from './roundData';
export { completeRound, startRound } from './lifecycle';
export { saveAnswer, saveAreaTarget, setStep } from './answers';
export { deleteGoal, deleteStrategy, saveGoal, saveStrategy, saveVision } from './vision';
export { saveRating, setPersonCompetences } from './ratings';
export { loadOpenRound, loadPersonOfCompany } from './guards';
