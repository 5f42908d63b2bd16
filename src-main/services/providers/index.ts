export { createProvider, deleteProvider, listProviders, updateProvider } from './providers';
export { activityType, activityTypes } from './activityTypes';
