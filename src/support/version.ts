/** The API version reported by `serverInfo`; kept in step with package.json by a unit test. */
export const API_VERSION = '0.1.0';
