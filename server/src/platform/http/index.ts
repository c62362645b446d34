export type { AppContext, PrincipalResolver } from './context.js';
export { auditActorOf } from './context.js';
export { basemapOrigins, registerMapConfig } from './map-config.js';
export { registerMetrics } from './metrics.js';
export { registerOpenApi } from './openapi.js';
export { registerRequestContext, SESSION_COOKIE } from './request-context.js';
export { registerSecurity } from './security.js';
export { trustedJson } from './trusted-json.js';
export { registerWebApp } from './web-app.js';
