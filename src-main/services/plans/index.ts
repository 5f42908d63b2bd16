export { activityIssues, createActivity, deleteActivity, getPlan, updateActivity, updatePlan } from './plans';
export { MAX_SUGGESTIONS, suggestActivities } from './suggest';
export { dueForFollowUp, planTotals } from './figures';
export { exportPlanCsv } from './csv';
export { createSession, deleteSession, updateSession } from './sessions';
export { activitySessions, sessionsOf } from './sessionRows';
