import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@tumor-board/shared';
import { ProblemException } from './problem.exception.js';
import { currentRequestId } from '../request-context/request-context.js';
import { describeError, isDatabaseUnavailable } from '../errors/describe-error.js';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Seconds a client should wait before retrying while the database is away (it restarts in seconds). */
export const RETRY_AFTER_SECONDS = 2;

/** The path as the client sent it, without the query string (which may carry names or MRNs). */
const requestPath = (req: Request) => req.originalUrl.split('?')[0] ?? '/';

/** Errors raised by express's body parser carry a `type` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
}
const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && 'type' in e && 'status' in e && typeof e.status === 'number';

/**
 * Every error leaves as `application/problem+json`. Unexpected errors become a bare 500: no
 * stack, SQL or message reaches the client; the log gets the error's name, code and stack only.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const problem = this.toProblem(exception, req);
    problem.instance = requestPath(req);
    const requestId = currentRequestId();
    if (requestId) problem.requestId = requestId;
    if (res.headersSent) return;
    if (problem.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, req: Request): Problem & Record<string, unknown> {
    if (exception instanceof ProblemException) {
      return {
        ...exception.extensions,
        type: 'about:blank',
        title: exception.title,
        status: exception.status,
        ...(exception.detail ? { detail: exception.detail } : {}),
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    // Nest wraps body-parser and URI errors in an HttpException; their messages can quote the body.
    const cause = exception instanceof HttpException ? exception.cause : exception;
    if (isBodyParserError(cause) && cause.status < 500) {
      return this.bodyParserProblem(cause);
    }
    if (cause instanceof SyntaxError) {
      return { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The request body is not valid JSON.' };
    }
    if (cause instanceof URIError) {
      return { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The URL is not validly encoded.' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: 'about:blank',
        title: STATUS_TITLES[status] ?? 'Error',
        status,
        detail: this.httpDetail(exception, req),
      };
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: describeError(exception) }, 'database unavailable');
      return {
        type: 'about:blank',
        title: STATUS_TITLES[503]!,
        status: 503,
        detail: 'The database is unavailable. Try again shortly.',
      };
    }
    this.logger.error({ err: describeError(exception) }, 'unexpected error');
    return { type: 'about:blank', title: STATUS_TITLES[500]!, status: 500, detail: 'An unexpected error occurred.' };
  }

  private httpDetail(exception: HttpException, req: Request): string {
    // Nest's router 404 echoes the URL with its query string, which may hold a name or an MRN.
    if (exception.getStatus() === 404 && exception.message.startsWith('Cannot ')) {
      return `No route matches ${req.method} ${requestPath(req)}.`;
    }
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    return typeof message === 'string' ? message : exception.message;
  }

  private bodyParserProblem(e: BodyParserError): Problem {
    switch (e.type) {
      case 'entity.parse.failed':
        return {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'The request body is not valid JSON.',
        };
      case 'entity.too.large':
        return {
          type: 'about:blank',
          title: STATUS_TITLES[413]!,
          status: 413,
          detail: 'The request body is too large.',
        };
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return { type: 'about:blank', title: STATUS_TITLES[415]!, status: 415, detail: 'Send the body as UTF-8 JSON.' };
      default:
        return {
          type: 'about:blank',
          title: STATUS_TITLES[e.status] ?? 'Bad Request',
          status: e.status,
          detail: 'The request body could not be read.',
        };
    }
  }
}
