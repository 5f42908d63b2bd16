export { getPassport } from './passport';
export { exportPassportJson } from './exportJson';
