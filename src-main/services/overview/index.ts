export { getOverview } from './overview';
