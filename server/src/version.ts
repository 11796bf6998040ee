/** The running version, reported by /api/health and the OpenAPI document. Bumped with releases. */
export const APP_VERSION = '0.1.0';
