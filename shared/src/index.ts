export * from './schemas/problem.js';
export * from './schemas/health.js';
export * from './vocab/roles.js';
export * from './scores/index.js';
