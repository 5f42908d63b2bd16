// What other features use of the exchange feature.
export { bytesToBase64, download } from './files';
