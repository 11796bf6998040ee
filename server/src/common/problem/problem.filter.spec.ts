import { BadRequestException, HttpException, type ArgumentsHost } from '@nestjs/common';
import { pino } from 'pino';
import { LogCaptureStream } from '../../testing/log-capture-stream.js';
import { ProblemFilter } from './problem.filter.js';
import { conflict, unprocessable } from './problem.exception.js';

/** A fake host: the filter only needs the request and a response that records what it sent. */
function fakeHost(path = '/api/cases?mrn=CANARY-MRN') {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(t: string) {
      sent.type = t;
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  const req = { originalUrl: path, method: 'GET' };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) } as unknown as ArgumentsHost;
  return { host, sent, json: () => JSON.parse(sent.body ?? '{}') as Record<string, unknown> };
}

describe('ProblemFilter', () => {
  let logs: LogCaptureStream;
  let filter: ProblemFilter;
  beforeEach(() => {
    logs = new LogCaptureStream();
    filter = new ProblemFilter(pino({ level: 'debug' }, logs));
  });

  it('renders a rule violation as 422 with field errors', () => {
    const h = fakeHost();
    filter.catch(unprocessable('The case is incomplete.', [{ path: 'body.primary', message: 'is required' }]), h.host);
    expect(h.sent.status).toBe(422);
    expect(h.sent.type).toBe('application/problem+json');
    expect(h.json()).toMatchObject({
      status: 422,
      title: 'Unprocessable Content',
      errors: [{ path: 'body.primary', message: 'is required' }],
      instance: '/api/cases',
    });
  });

  it('puts the current record of a conflict beside the problem', () => {
    const h = fakeHost();
    filter.catch(conflict('Stale version.', { id: 'x', version: 3 }), h.host);
    expect(h.json()).toMatchObject({ status: 409, current: { id: 'x', version: 3 } });
  });

  it('hides an unexpected error behind a bare 500 and keeps its message out of the body', () => {
    const h = fakeHost();
    filter.catch(new Error('secret internals CANARY-NAME at /srv/app.ts:12'), h.host);
    expect(h.sent.status).toBe(500);
    expect(h.sent.body).not.toContain('CANARY');
    expect(h.sent.body).not.toContain('app.ts');
    expect(h.json().detail).toBe('An unexpected error occurred.');
  });

  it('never logs or answers the SQL, parameters or detail of a database error', () => {
    const h = fakeHost();
    const dbError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      name: 'QueryFailedError',
      code: '23505',
      query: 'INSERT INTO patient (mrn) VALUES ($1)',
      parameters: ['CANARY-MRN-2'],
      detail: 'Key (mrn)=(CANARY-MRN-2) already exists.',
      driverError: {},
    });
    filter.catch(dbError, h.host);
    expect(h.sent.status).toBe(500);
    expect(h.sent.body).not.toMatch(/INSERT|CANARY/);
    expect(logs.text).toContain('23505');
    expect(logs.text).not.toMatch(/INSERT|CANARY/);
  });

  it('answers 503 with Retry-After while the database is unreachable', () => {
    const h = fakeHost();
    filter.catch(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), h.host);
    expect(h.sent.status).toBe(503);
    expect(h.sent.headers['Retry-After']).toBe('2');
  });

  it.each([
    ['the server shut down (57P01)', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['the link was cut mid-query', new Error('Connection terminated unexpectedly')],
    ['the pool found no connection in time', new Error('timeout exceeded when trying to connect')],
    ['the database is starting up (57P03)', Object.assign(new Error('starting up'), { code: '57P03' })],
    [
      'the transaction lost its connection between statements',
      Object.assign(new Error('Query runner already released.'), { name: 'QueryRunnerAlreadyReleasedError' }),
    ],
    [
      'a statement ran on a connection released for failing',
      Object.assign(new Error('Connection already released.'), { name: 'QueryRunnerProviderAlreadyReleasedError' }),
    ],
  ])('answers 503 when %s', (_what, error) => {
    const h = fakeHost();
    filter.catch(error, h.host);
    expect(h.sent.status).toBe(503);
  });

  it('does not quote a malformed body that Nest wrapped in a 400', () => {
    const h = fakeHost();
    const parseError = Object.assign(new SyntaxError('Unexpected token C, "{CANARY" is not valid JSON'), {
      status: 400,
      type: 'entity.parse.failed',
    });
    filter.catch(new BadRequestException(parseError.message, { cause: parseError }), h.host);
    expect(h.sent.status).toBe(400);
    expect(h.sent.body).not.toContain('CANARY');
  });

  it('keeps the status of other HTTP exceptions', () => {
    const h = fakeHost();
    filter.catch(new HttpException('Too many attempts', 429), h.host);
    expect(h.json()).toMatchObject({ status: 429, title: 'Too Many Requests', detail: 'Too many attempts' });
  });
});
