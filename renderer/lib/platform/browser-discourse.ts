/**
 * In the browser build the app cannot reach a forum (cross-origin requests are blocked
 * and the page's CSP allows no connections): the import screen explains which URLs to
 * save instead (issue 8).
 */
import type { SteeringApi } from '../../../shared/ipc/api';

const unavailable = { status: 'failed' as const, code: 'unavailable', message: 'The browser version cannot fetch from a forum. Save the thread’s .json and /raw/ pages and import those files.' };

export const browserDiscoursePlatform: Pick<SteeringApi, 'fetchTopic' | 'cancelFetch' | 'onFetchProgress' | 'setDiscourseApiKey' | 'deleteDiscourseApiKey' | 'listDiscourseHosts'> = {
  async fetchTopic() {
    return unavailable;
  },
  async cancelFetch() {
    return { cancelled: false };
  },
  onFetchProgress() {
    return () => undefined;
  },
  async setDiscourseApiKey() {
    return { saved: false };
  },
  async deleteDiscourseApiKey() {
    return { deleted: false };
  },
  async listDiscourseHosts() {
    return { approved: [], withKeys: [] };
  },
};
