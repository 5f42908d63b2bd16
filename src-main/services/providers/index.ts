export { createProvider, deleteProvider, listProviders, updateProvider } from './providers';
export { activityType, activityTypes } from './activityTypes';
export { inPlanTx, jsonIds, pdb } from './tables';
export type { ActivitiesTable, PlanDb, PlanTables, PlansTable, ProvidersTable } from './tables';
