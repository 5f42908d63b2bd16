export { activityIssues, createActivity, deleteActivity, getPlan, updateActivity, updatePlan } from './plans';
export { MAX_SUGGESTIONS, suggestActivities } from './suggest';
export { dueForFollowUp, planTotals } from './figures';
export { exportPlanCsv } from './csv';
