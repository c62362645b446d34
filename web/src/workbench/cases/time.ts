// The workbench reads instants as the portal does: in Foshan's time (shared/format).
export { formatDateTime as formatInstant, todayInShanghai } from '../../shared/format';
