// What a row needs to show the time left, loaded on demand: the history store and the same
// estimate as the detail page. No React here, so loading it later costs the first page nothing.
export { describeEta, estimateTimeLeft } from '../../api/task-eta';
export { taskHistoryStore } from '../../stores/task-history-store';
