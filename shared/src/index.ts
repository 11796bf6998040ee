export * from './schemas/problem.js';
export * from './schemas/health.js';
export * from './vocab/roles.js';
export * from './scores/index.js';
export * from './schemas/auth.js';
export * from './schemas/users.js';
export * from './schemas/audit.js';
