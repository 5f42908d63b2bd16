// What other features use of the exchange feature.
export { download } from './files';
