import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { systemClock, type Clock } from './common/clock.js';
import type { AppConfig } from './config/config.js';
import { NestPinoLogger } from './common/logging/logger.js';
import { accessLogMiddleware } from './common/logging/access-log.middleware.js';
import { requestContextMiddleware } from './common/request-context/request-context.js';
import { ProblemFilter } from './common/problem/problem.filter.js';
import { API_PREFIX } from './common/openapi/route-table.js';
import { serveWebClient } from './web-client/serve-web-client.js';
import { PgIoAdapter } from './modules/live/pg-io.adapter.js';
import { defaultWebDist } from './web-client/locate-web-dist.js';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** Tests pass a ManualClock to move session time forward. */
  clock?: Clock;
}

/** Content-Security-Policy: scripts only from this origin; Mantine needs inline styles. */
function securityHeaders(config: AppConfig) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.trustProxy ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense behind TLS (a proxy that terminates it).
    strictTransportSecurity: config.trustProxy ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/** The swagger-ui-dist folder, located without loading its (large) bundle. */
const swaggerUiDir = () => path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** Builds the whole HTTP application without listening; main.ts and the tests both use it. */
export async function createApp({
  config,
  databaseUrl,
  logger,
  clock = systemClock,
}: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, logger, clock }),
    {
      logger: new NestPinoLogger(logger.child({ component: 'nest' })),
      bodyParser: false,
      abortOnError: false,
    },
  );
  app.set('trust proxy', config.trustProxy ? 1 : false);
  // Idle keep-alive sockets outlive clients' and proxies' pools (typically 60 s), so the server
  // never closes one just as a client reuses it (which the client sees as ECONNRESET).
  const server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  app.disable('x-powered-by');
  app.use(requestContextMiddleware);
  app.use(accessLogMiddleware(logger));
  app.use(securityHeaders(config));
  app.use(`/${API_PREFIX}`, (_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
    // API answers may carry patient data: never store them in any cache.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(`/${API_PREFIX}/docs/assets`, express.static(swaggerUiDir(), { index: false, fallthrough: false }));
  app.useBodyParser('json', { limit: config.bodyLimit, strict: true });
  app.use(cookieParser());
  app.useGlobalFilters(new ProblemFilter(logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useWebSocketAdapter(new PgIoAdapter(app, { url: databaseUrl, role: config.dbAppRole || undefined }, logger));
  serveWebClient(app, config.webDist ?? defaultWebDist());
  return app;
}
