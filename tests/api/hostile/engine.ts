/*
 * The hostile-input engine (issue #8). For one route it takes the zod schemas the controller
 * validates with (read from Nest's metadata, as the OpenAPI document does) and a valid request from
 * the route's spec, then runs a fast-check property over requests made hostile from it:
 *  - body: a field set to a wrong type, a hostile string (SQL injection, NUL, lone surrogates,
 *    direction overrides, combining marks, 900 kB), an edge number (-0, 1e308, 2^31, 1e400), a deep
 *    or wide value, a real id of the wrong kind; a field removed; an unknown key (`__proto__`…);
 *    the whole body replaced;
 *  - transport: malformed JSON, top-level scalars, over the body limit, 100 000 levels of nesting,
 *    wrong content types and charsets, a content-encoding the body does not have;
 *  - path parameters: malformed percent-encoding, NUL, traversal, odd UUIDs; queries: hostile values,
 *    repeated and unknown keys.
 * Deterministic examples run first: the valid request itself, every free-text field at once with a
 * NUL / a lone surrogate / SQL injection / an RTL override, each field's most dangerous value for its
 * kind, a body over the limit, a NUL in a path parameter and in each query parameter.
 * Every answer is checked: never a 5xx; an error is problem+json with no stack, SQL or input in it;
 * a 400 names exactly the fields the shared schema refuses (the same schema the server runs, so the
 * test computes the expected fields itself); a refused request, or any read, leaves every table's
 * digest unchanged; Object.prototype is never polluted. Failures print fast-check's seed and a short
 * description of the request.
 */
import { parse as parseQuery } from 'node:querystring';
import fc from 'fast-check';
import type { Role } from '@tumor-board/shared';
import { RouteTable } from '../../../server/src/common/openapi/route-table.js';
import type { HttpClient } from '../../support/http.js';
import { problemsWith, type Expectation } from './checks.js';
import { changedTables, fingerprinter, type Fingerprint } from './fingerprint.js';
import {
  deletePath,
  fieldKindsAt,
  getPath,
  objectPaths,
  schemaPaths,
  setPath,
  valuePaths,
  type Path,
} from './json-paths.js';
import { expectedFieldErrors } from './oracle.js';
import {
  BODY_LIMIT,
  EDGE_BY_KIND,
  RANDOM_RUNS,
  TRANSPORT,
  describePlan,
  described,
  type BodyOp,
  type Plan,
  type QueryOp,
} from './plans.js';
import { allows, routeKey, schemasOf } from './routes.js';
import {
  EXTRA_KEYS,
  SQL_INJECTION,
  UNICODE_EDGE,
  hostileQueryValue,
  hostileSegment,
  hostileValue,
  serialise,
  valuesForKinds,
  wellFormed,
} from './values.js';
import type { World } from './world.js';

/** A route made ready for hostile requests: a client allowed to call it and valid inputs to start from. */
export interface Target {
  client: HttpClient;
  /** Valid path parameters (existing records), by name. */
  params?: Record<string, string>;
  /** A valid body, made fresh for each request (so its `version` is never stale). */
  body?: () => unknown;
  /** A valid query, by name. */
  query?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Values worth trying in particular fields (by field name), beside the generic hostile ones. */
  fieldValues?: Record<string, readonly unknown[]>;
  /** Real ids to try where ids go (defaults to every id the world made). */
  ids?: readonly string[];
}

export interface HostileSpec {
  /** Who calls it: must be allowed by the authorization matrix, so requests reach validation. */
  role: Role | 'anonymous';
  setup(world: World): Target | Promise<Target>;
  /** The status of the unchanged valid request when it is not a success (a sign-in with no such account). */
  validStatus?: number;
  /** Set the target up again after a request succeeded (a delete, a logout, a cancellation used it up). */
  renewAfterSuccess?: boolean;
  /**
   * Fields whose error messages quote the value sent, by design (the recurrence rule's part that is
   * wrong, the time zone that does not exist): their messages are left out of the leak checks.
   */
  quotes?: readonly string[];
  /** Random requests after the deterministic examples (RANDOM_RUNS unless the route is cheap to cover). */
  numRuns?: number;
}

/** One spec per route (`POST /api/patients`), for every write route and every route with a query. */
export type HostileRegistry = Record<string, HostileSpec>;

// ---- Running ------------------------------------------------------------------------------------

const encodeQuery = (pairs: readonly [string, string][]) => pairs.map(([k, v]) => `${k}=${v}`).join('&');
const enc = (s: string) => encodeURIComponent(wellFormed(s));

export interface HostileRun {
  /** Runs the property for one route; throws (with fast-check's seed and counterexample) on failure. */
  check(key: string, spec: HostileSpec): Promise<void>;
  /** Closes the fingerprint's database connection (before the test app drops its database). */
  close(): Promise<void>;
}

/** Prepares hostile runs against the world's app: the routes it serves and a database fingerprint. */
export { routesNeedingSpecs } from './routes.js';

export async function hostileRunner(world: World): Promise<HostileRun> {
  const routes = world.t.app.get(RouteTable).list();
  const database = await fingerprinter(world.t.database.url);
  const fingerprint = () => database.take();
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

  return {
    close: () => database.close(),
    async check(key, spec) {
      const route = routes.find((r) => routeKey(r) === key);
      if (!route) throw new Error(`${key} is not served`);
      if (!allows(key, spec.role)) throw new Error(`${key}: ${spec.role} is not allowed by the authorization matrix`);
      const schemas = schemasOf(route);
      let target = await spec.setup(world);
      const hasBody = route.method !== 'GET';
      const baseBody = async () => (target.body ? await target.body() : hasBody ? {} : undefined);
      const baseQuery = async () => (target.query ? await target.query() : {});
      const sampleBody = await baseBody();
      const sampleQuery = await baseQuery();
      const paramNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      // The starting point must be valid, or every "hostile" request would only repeat its mistake.
      const invalid = [
        ...(schemas.body ? expectedFieldErrors('body', schemas.body, JSON.parse(serialise(sampleBody))) : []),
        ...(schemas.query ? expectedFieldErrors('query', schemas.query, sampleQuery) : []),
        ...(schemas.params ? expectedFieldErrors('params', schemas.params, target.params ?? {}) : []),
      ];
      if (invalid.length) throw new Error(`${key}: the spec's valid request is invalid at ${invalid.join(', ')}`);
      const ids = target.ids ?? [...world.ids];

      // ---- arbitraries, shaped by the schema and the valid request
      const bodyPaths = (() => {
        const seen = new Map<string, Path>();
        for (const p of [...(schemas.body ? schemaPaths(schemas.body) : []), ...valuePaths(sampleBody)]) {
          seen.set(JSON.stringify(p), p);
        }
        return [...seen.values()];
      })();
      // A field gets generic hostile values, values aimed at its kind, and the spec's own for it.
      const valueFor = (path: Path): fc.Arbitrary<unknown> => {
        const last = path[path.length - 1];
        const own = typeof last === 'string' ? target.fieldValues?.[last] : undefined;
        const { kinds, enumValues } = schemas.body
          ? fieldKindsAt(schemas.body, path)
          : { kinds: new Set<string>(), enumValues: [] };
        const aimed = valuesForKinds(kinds, enumValues, ids);
        return fc.oneof(
          { arbitrary: hostileValue(ids), weight: 2 },
          ...(aimed ? [{ arbitrary: aimed, weight: 3 }] : []),
          ...(own?.length ? [{ arbitrary: fc.constantFrom(...own), weight: 3 }] : []),
        );
      };
      const bodyOp: fc.Arbitrary<BodyOp> = fc.oneof(
        ...(bodyPaths.length
          ? [
              {
                arbitrary: fc
                  .constantFrom(...bodyPaths)
                  .chain((path) => valueFor(path).map((value): BodyOp => ({ op: 'set', path, value }))),
                weight: 8,
              },
              { arbitrary: fc.constantFrom(...bodyPaths).map((path): BodyOp => ({ op: 'delete', path })), weight: 2 },
            ]
          : []),
        {
          arbitrary: fc
            .record({
              at: fc.constantFrom(...objectPaths(sampleBody ?? {})),
              key: fc.constantFrom(...EXTRA_KEYS),
              value: hostileValue(ids),
            })
            .map((x): BodyOp => ({ op: 'extra', ...x })),
          weight: 2,
        },
        { arbitrary: hostileValue(ids).map((value): BodyOp => ({ op: 'set', path: [], value })), weight: 1 },
      );
      const queryKeys = [
        ...new Set([
          ...(schemas.query ? schemaPaths(schemas.query, 1).map((p) => String(p[0])) : []),
          ...Object.keys(sampleQuery),
        ]),
      ];
      const queryValueFor = (key: string): fc.Arbitrary<string> => {
        const { kinds, enumValues } = schemas.query
          ? fieldKindsAt(schemas.query, [key])
          : { kinds: new Set<string>(), enumValues: [] };
        const aimed = valuesForKinds(kinds, enumValues, ids)?.map((v) => enc(typeof v === 'string' ? v : serialise(v)));
        return aimed ? fc.oneof(hostileQueryValue, aimed) : hostileQueryValue;
      };
      const queryOp: fc.Arbitrary<QueryOp> = fc.oneof(
        ...(queryKeys.length
          ? [
              {
                arbitrary: fc
                  .constantFrom(...queryKeys)
                  .chain((key) => queryValueFor(key).map((raw): QueryOp => ({ op: 'set', key, raw }))),
                weight: 6,
              },
              { arbitrary: fc.constantFrom(...queryKeys).map((k): QueryOp => ({ op: 'delete', key: k })), weight: 1 },
              {
                arbitrary: fc
                  .record({ key: fc.constantFrom(...queryKeys), raw: hostileQueryValue })
                  .map((x): QueryOp => ({ op: 'repeat', ...x })),
                weight: 1,
              },
            ]
          : []),
        {
          arbitrary: fc
            .constantFrom(
              '&&',
              '=',
              '=x',
              '%',
              '%ZZ=1',
              'a[b]=c',
              '__proto__=x',
              'constructor[prototype][polluted]=yes',
              '__proto__[polluted]=yes',
              ...EXTRA_KEYS.filter((k) => k !== '').map((k) => `${enc(k)}=1`),
            )
            .map((raw): QueryOp => ({ op: 'append', raw })),
          weight: 1,
        },
      );
      const plans: { arbitrary: fc.Arbitrary<Plan>; weight: number }[] = [];
      if (hasBody) {
        plans.push({
          arbitrary: fc
            .array(bodyOp, { minLength: 1, maxLength: 3 })
            .map((body) => described({ kind: 'mutate', body, query: [] })),
          weight: schemas.body ? 8 : 2,
        });
        plans.push({
          arbitrary: fc.constantFrom(...TRANSPORT).map((transport) => described({ kind: 'transport', transport })),
          weight: 2,
        });
      }
      if (paramNames.length) {
        plans.push({
          arbitrary: fc
            .record({ name: fc.constantFrom(...paramNames), raw: hostileSegment })
            .map((param) => described({ kind: 'mutate', body: [], query: [], param })),
          weight: 2,
        });
      }
      if (schemas.query) {
        plans.push({
          arbitrary: fc
            .array(queryOp, { minLength: 1, maxLength: 3 })
            .map((query) => described({ kind: 'mutate', body: [], query })),
          weight: hasBody ? 2 : 8,
        });
      }

      // Deterministic examples, tried on every route before the random ones: the text PostgreSQL
      // cannot store and SQL injection in every string field at once, a body over the limit, a NUL
      // in every path parameter, and a NUL or a number past bigint in every query parameter.
      const examples: Plan[] = [];
      // First the valid request itself: the spec must reach the service, or nothing below means much.
      examples.push(described({ kind: 'mutate', body: [], query: [] }));
      // Free-text fields (not codes, ids or dates) all at once, so the text passes validation and
      // reaches the database, or the validation pipe's check for what the database cannot store.
      const textPaths = valuePaths(sampleBody).filter(
        (p) =>
          typeof getPath(sampleBody, p) === 'string' && schemas.body && fieldKindsAt(schemas.body, p).kinds.has('text'),
      );
      if (textPaths.length) {
        for (const value of ['a\u0000b', 'a\uD800b', SQL_INJECTION[0]!, UNICODE_EDGE[0]!]) {
          examples.push(
            described({ kind: 'mutate', body: textPaths.map((path) => ({ op: 'set', path, value })), query: [] }),
          );
        }
      }
      if (hasBody) {
        examples.push(described({ kind: 'transport', transport: TRANSPORT.find((t) => t.judge === 413)! }));
      }
      // One field at a time, the values most likely to pass validation and break the database.
      if (schemas.body) {
        const topLevel = schemaPaths(schemas.body, 1);
        const fields = new Map([...topLevel, ...valuePaths(sampleBody)].map((p) => [JSON.stringify(p), p]));
        for (const path of fields.values()) {
          const { kinds } = fieldKindsAt(schemas.body, path);
          for (const value of [...kinds].flatMap((kind) => EDGE_BY_KIND[kind] ?? [])) {
            examples.push(described({ kind: 'mutate', body: [{ op: 'set', path, value }], query: [] }));
          }
        }
      }
      if (paramNames.length) {
        examples.push(described({ kind: 'mutate', body: [], query: [], param: { name: paramNames[0]!, raw: '%00' } }));
      }
      for (const k of queryKeys) {
        const { kinds } = schemas.query ? fieldKindsAt(schemas.query, [k]) : { kinds: new Set<string>() };
        const raws = [...kinds].flatMap((kind) =>
          kind === 'text'
            ? ['%00', '99999999999999999999']
            : kind === 'uuid'
              ? []
              : (EDGE_BY_KIND[kind] ?? []).map((v) => enc(String(v))),
        );
        for (const raw of raws)
          examples.push(described({ kind: 'mutate', body: [], query: [{ op: 'set', key: k, raw }] }));
      }

      // ---- one request
      let before: Fingerprint | undefined;
      const run = async (plan: Plan): Promise<void> => {
        const body = await baseBody();
        const query = await baseQuery();
        const expected: Expectation = { fieldErrors: {}, quotes: spec.quotes };
        const decidedBy: string[] = [];

        // path parameters
        const params: Record<string, unknown> = { ...target.params };
        let uncertainParams = false;
        const path = route.path.replace(/:(\w+)/g, (_m, name: string) => {
          if (plan.kind === 'mutate' && plan.param?.name === name) {
            try {
              params[name] = decodeURIComponent(plan.param.raw);
              // The URL parser resolves dot segments, so the request goes to another route.
              if (/^(\.|%2e){1,2}$/i.test(plan.param.raw)) uncertainParams = true;
            } catch {
              expected.status = 400;
              decidedBy.push('an undecodable path parameter');
            }
            return plan.param.raw;
          }
          return encodeURIComponent(target.params?.[name] ?? '');
        });

        // query
        let pairs: [string, string][] = Object.entries(query).map(([k, v]) => [enc(k), enc(v)]);
        let suffix = '';
        if (plan.kind === 'mutate') {
          for (const o of plan.query) {
            if (o.op === 'set') pairs = [...pairs.filter(([k]) => k !== enc(o.key)), [enc(o.key), o.raw]];
            else if (o.op === 'delete') pairs = pairs.filter(([k]) => k !== enc(o.key));
            else if (o.op === 'repeat') pairs = [...pairs, [enc(o.key), o.raw]];
            else suffix += `&${o.raw}`;
          }
        }
        const queryText = (encodeQuery(pairs) + suffix).replace(/^&+/, '');
        const url = path + (queryText ? `?${queryText}` : '');

        // body
        let text: string | undefined;
        let headers: Record<string, string> = {};
        let parsed: { value: unknown } | undefined;
        if (hasBody) {
          if (plan.kind === 'transport') {
            text = plan.transport.text(body);
            headers = plan.transport.headers ?? {};
            const judge = plan.transport.judge;
            if (typeof judge === 'number') {
              expected.status = judge;
              decidedBy.push(plan.transport.label);
            } else if (judge === 'unparsed') parsed = { value: undefined };
            else if (judge === 'parsed') parsed = { value: JSON.parse(text) };
          } else {
            let value = body;
            for (const o of plan.body) {
              if (o.op === 'set') value = setPath(value, o.path, o.value);
              else if (o.op === 'delete') value = deletePath(value, o.path);
              else {
                const holder = getPath(value, o.at);
                if (holder !== null && typeof holder === 'object') value = setPath(value, [...o.at, o.key], o.value);
              }
            }
            text = serialise(value);
            if (Buffer.byteLength(text) > BODY_LIMIT) {
              expected.status = 413;
              decidedBy.push('a body over the limit');
            } else {
              const value2 = JSON.parse(text) as unknown;
              if (value2 === null || typeof value2 !== 'object') {
                expected.status = 400;
                decidedBy.push('a top-level JSON scalar');
              } else parsed = { value: value2 };
            }
          }
        }

        const baseline = plan.kind === 'mutate' && !plan.body.length && !plan.query.length && !plan.param;
        if (baseline && spec.validStatus !== undefined) {
          expected.status = spec.validStatus;
          decidedBy.push('the valid request');
        }

        // what validation must say, part by part (only when the transport did not decide already)
        if (expected.status === undefined) {
          const fieldErrors = expected.fieldErrors!;
          if (schemas.params && !uncertainParams)
            fieldErrors.params = expectedFieldErrors('params', schemas.params, params);
          if (schemas.query) fieldErrors.query = expectedFieldErrors('query', schemas.query, parseQuery(queryText));
          if (schemas.body && parsed) fieldErrors.body = expectedFieldErrors('body', schemas.body, parsed.value);
          if (Object.values(fieldErrors).some((p) => p.length > 0)) expected.status = 400;
        }

        before ??= await fingerprint();
        const res = await target.client.request(url, {
          method: route.method,
          ...(text !== undefined ? { rawBody: text } : {}),
          headers,
        });
        const problems = problemsWith(res, expected);
        if (baseline && spec.validStatus === undefined && res.status >= 300) {
          problems.push(`the valid request was refused (${res.status}): the spec does not reach the service`);
        }
        // A refused request persists nothing, and neither does a read.
        if (res.status >= 400 || route.method === 'GET') {
          const after = await fingerprint();
          const changed = changedTables(before, after);
          if (changed.length) problems.push(`a ${route.method} answered ${res.status} changed ${changed.join(', ')}`);
          before = after;
        } else {
          before = undefined;
        }
        if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys || 'polluted' in {}) {
          problems.push('Object.prototype was polluted');
        }
        if (problems.length) {
          const answer = res.text.length > 600 ? `${res.text.slice(0, 600)}…` : res.text;
          throw new Error(
            `${route.method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url}\n` +
              `request: ${describePlan(plan)}${decidedBy.length ? ` (${decidedBy.join(', ')})` : ''}\n` +
              `problems:\n  - ${problems.join('\n  - ')}\nanswer ${res.status}: ${answer}`,
          );
        }
        if (res.status < 300 && spec.renewAfterSuccess) {
          target = await spec.setup(world);
          before = undefined;
        }
      };

      // fast-check counts the examples among numRuns: every example, then the random requests.
      await fc.assert(
        fc.asyncProperty(fc.oneof(...plans), (plan) => run(plan)),
        {
          numRuns: examples.length + (spec.numRuns ?? RANDOM_RUNS),
          examples: examples.map((p) => [p] as [Plan]),
          // A runaway (a slow answer, a long shrink) fails the route instead of hanging the run.
          interruptAfterTimeLimit: 60_000,
          markInterruptAsFailure: true,
        },
      );
    },
  };
}
