import fc from 'fast-check';

/*
 * Hostile values for request bodies, queries and path parameters: SQL injection, oversized and
 * malformed strings, Unicode edge cases PostgreSQL or the JSON layer may choke on, wrong JSON types,
 * numbers at the edges of what JSON, JavaScript and PostgreSQL can hold, and nesting deep enough to
 * overflow a recursive parser or serializer.
 */

/**
 * Marks generated strings. An error body must never quote what the client sent (it may be a name
 * typed into the wrong field), so a problem holding this marker is a leak.
 */
export const CANARY = 'Qx7CANARY';

/** JSON text placed verbatim into a body: literals JavaScript cannot build (`1e400`, `__proto__` keys, deep nesting). */
export class RawJson {
  constructor(
    readonly text: string,
    readonly label: string,
  ) {}
}

/** Serialises a value that may hold RawJson pieces, without ever recursing into the raw text. */
export function serialise(value: unknown): string {
  const raws: RawJson[] = [];
  const text = JSON.stringify(value, function (this: unknown, _key, v: unknown) {
    if (v instanceof RawJson) {
      raws.push(v);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    return v;
  });
  if (text === undefined) return 'null';
  // JSON.stringify escapes U+0001 as \u0001, so the placeholder cannot collide with real content.
  return text.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]!.text);
}

const deepArray = (levels: number) => new RawJson('['.repeat(levels) + ']'.repeat(levels), `[…${levels} levels…]`);
const deepObject = (levels: number) =>
  new RawJson('{"a":'.repeat(levels) + '0' + '}'.repeat(levels), `{"a":…${levels} levels…}`);

/** Nesting that overflows recursive code (V8's JSON.stringify gives up near 10 000 levels). */
export const DEEP_VALUES: readonly RawJson[] = [deepArray(10_000), deepArray(100_000), deepObject(10_000)];

/** Wide values: many elements or keys, still well under the 1 MB body limit. */
export const WIDE_VALUES: readonly RawJson[] = [
  new RawJson(`[${Array.from({ length: 100_000 }, () => '0').join(',')}]`, '[0 × 100 000]'),
  new RawJson(`{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`, '{20 000 keys}'),
];

/** Object shapes aimed at prototype pollution and operator injection. */
export const OBJECT_VALUES: readonly RawJson[] = [
  new RawJson('{"__proto__":{"polluted":"yes"}}', '{__proto__:{polluted}}'),
  new RawJson('{"constructor":{"prototype":{"polluted":"yes"}}}', '{constructor:{prototype:{polluted}}}'),
  new RawJson('{"$gt":""}', '{$gt:""}'),
  new RawJson('{"toString":1,"valueOf":2,"hasOwnProperty":3}', '{toString,valueOf,hasOwnProperty}'),
];

/** Number literals that JavaScript cannot keep exactly (JSON.parse turns 1e400 into Infinity). */
export const NUMBER_LITERALS: readonly RawJson[] = [
  new RawJson('1e400', '1e400'),
  new RawJson('-1e400', '-1e400'),
  new RawJson('123456789012345678901234567890', '1234…890 (30 digits)'),
  new RawJson('1.00000000000000000001', '1.00000000000000000001'),
  new RawJson('-0.0', '-0.0'),
  new RawJson('1E2', '1E2'),
  new RawJson('5e-325', '5e-325'),
];

export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  1.5,
  -1.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  2 ** 63,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
];

/** SQL injection, aimed at the string concatenation the app must never do. */
export const SQL_INJECTION: readonly string[] = [
  "'; DROP TABLE patient; --",
  "' OR 1=1 --",
  '" OR ""="',
  "'); DELETE FROM board_case; --",
  "' UNION SELECT version(), current_user --",
  '1; SELECT pg_sleep(10) --',
  "'; TRUNCATE audit_event; --",
  "\\'; UPDATE app_user SET roles = '{admin}'; --",
  '$1',
  '$$; DROP TABLE lesion; $$',
  "%' OR '%'='",
  '%',
  '_',
  '\\',
  "E'\\x00'",
];

/** Characters PostgreSQL `text`/`jsonb` cannot store, or that are not well-formed UTF-16. */
export const UNSTORABLE: readonly string[] = [
  '\u0000',
  `a\u0000b${CANARY}`,
  '\uD800',
  `x\uDFFFy${CANARY}`,
  '\uDC00\uD800',
  `${CANARY}\uDBFF`,
];

/** Unicode that is storable but awkward: direction overrides, invisible, combining, astral, non-characters. */
export const UNICODE_EDGE: readonly string[] = [
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\u00A0\u2007\u202F',
  '\u2028\u2029',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\uFFFD\uFFFE\uFFFF',
  '\u{10FFFF}\u{E0001}',
  'İıßﬁ𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'مرحبا שלום',
  '\u001B[31mred\u001B[0m',
  '\u0001\u0007\u0008\u007F',
  '\r\n\t\u000B\u000C',
  '\u0085',
];

/** Injection into other interpreters, format strings and path tricks. */
export const OTHER_INJECTION: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}#{7*7}',
  '${jndi:ldap://example.org/a}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '%n%s%x%p',
  '\\u0000',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://user:pass@example.org:99999/%zz',
];

/** Strings that look like other types, and empty or blank ones. */
export const LOOKALIKES: readonly string[] = [
  '',
  ' ',
  '   \t\n ',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '0x1F',
  '1_000',
  ' 1 ',
  '١٢٣',
  '99999999999999999999',
  '-9223372036854775809',
  '[]',
  '{}',
];

/** Dates, times and ids at the edges of what zod, JavaScript and PostgreSQL accept. */
export const DATES_AND_IDS: readonly string[] = [
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '+275760-09-13',
  '1969-12-31T23:59:60Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '9999-12-31T23:59:59.999999Z',
  '2026-03-29T01:30:00+25:00',
  '2026-01-01T00:00:00',
  '00:00',
  '24:00',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '{4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11}',
  '4f1c2b9e4a574d389a4c2f3f9d9b1a11',
];

/** Strings within a size an ordinary field could accept, with the marker in them. */
const smallStrings: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(...SQL_INJECTION, ...UNICODE_EDGE, ...OTHER_INJECTION, ...UNSTORABLE),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  )
  .map(([a, b, c]) => `${a}${b}${CANARY}${c}`);

/** Big strings: past every field's maximum, some near the body limit (1 MiB) once serialised. */
const bigStrings: fc.Arbitrary<string> = fc.constantFrom(
  `${CANARY}${'a'.repeat(10_000)}`,
  `${CANARY}${'é'.repeat(200_000)}`,
  `${CANARY}${'😀'.repeat(200_000)}`,
  `${CANARY}${'x'.repeat(900_000)}`,
  `${CANARY}${'\u0000'.repeat(10_000)}`,
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SQL_INJECTION, ...UNSTORABLE, ...UNICODE_EDGE), weight: 4 },
  { arbitrary: fc.constantFrom(...OTHER_INJECTION, ...LOOKALIKES, ...DATES_AND_IDS), weight: 3 },
  { arbitrary: smallStrings, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: bigStrings, weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(...NUMBER_LITERALS), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

/**
 * Any hostile JSON value. `ids` are real record ids of this test's world (a patient's id where a
 * user's is expected, say), so references to the wrong kind of record are tried as well.
 */
export function hostileValue(ids: readonly string[], extra: readonly unknown[] = []): fc.Arbitrary<unknown> {
  const leaves: fc.Arbitrary<unknown> = fc.oneof(
    { arbitrary: hostileString, weight: 6 },
    { arbitrary: hostileNumber, weight: 3 },
    { arbitrary: fc.constantFrom(null, true, false), weight: 2 },
    { arbitrary: fc.constantFrom('list', 'object').map((k) => (k === 'list' ? [] : {})), weight: 1 },
    { arbitrary: fc.uuid(), weight: 1 },
    ...(ids.length ? [{ arbitrary: fc.constantFrom(...ids), weight: 2 }] : []),
    ...(extra.length ? [{ arbitrary: fc.constantFrom(...extra), weight: 3 }] : []),
  );
  return fc.oneof(
    { arbitrary: leaves, weight: 12 },
    { arbitrary: fc.array(leaves, { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.dictionary(fc.constantFrom('a', 'id', 'kind', '0'), leaves, { maxKeys: 2 }), weight: 1 },
    { arbitrary: fc.constantFrom(...DEEP_VALUES, ...WIDE_VALUES, ...OBJECT_VALUES), weight: 1 },
  );
}

/** Keys a client should never be able to slip into a record. */
export const EXTRA_KEYS: readonly string[] = [
  'extra',
  'id',
  'createdAt',
  'status',
  'roles',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  ' ',
  'a.b',
  '$where',
  '\u0000',
  '\uD800',
  'version ',
];

/** Turns a string into something `encodeURIComponent` accepts (a lone surrogate becomes U+FFFD). */
export const wellFormed = (s: string): string =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Path segments: hostile ids, malformed percent-encoding, traversal. Raw (already encoded). */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(...SQL_INJECTION, ...UNICODE_EDGE, ...DATES_AND_IDS, ...LOOKALIKES.filter((s) => s !== ''))
      .map((s) => encodeURIComponent(wellFormed(s))),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      '%00',
      '%',
      '%E0%A4%A',
      '%ZZ',
      '%C0%80',
      '%ED%A0%80',
      '%2F',
      'a%2Fb',
      '%2e%2e',
      '%252e',
      'x'.repeat(3000),
      '1e308',
      '-1',
      '0',
      'NaN',
    ),
    weight: 3,
  },
  { arbitrary: fc.uuid().map((u) => u.toUpperCase()), weight: 1 },
  { arbitrary: fc.uuid(), weight: 1 },
  {
    arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(wellFormed(s))),
    weight: 2,
  },
);

/** Query values (strings only: a query has no types), raw and already encoded. */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString.filter((s) => s.length < 5_000).map((s) => encodeURIComponent(wellFormed(s))), weight: 5 },
  {
    arbitrary: fc.constantFrom(
      ...EDGE_NUMBERS.map(String),
      '1e400',
      '-0',
      '0x10',
      '+1',
      '1.0',
      '١',
      '99999999999999999999',
      '2147483648',
    ),
    weight: 3,
  },
  { arbitrary: fc.constantFrom('%00', '%', '%ZZ', '%E0%A4%A', '%ED%A0%80', '+', '%2B', '&', '=', ';'), weight: 2 },
);

// ---- Values by the kind of field the schema declares --------------------------------------------

const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

/** Calendar dates JavaScript's Date, zod's regex and PostgreSQL's date type disagree about. */
export const DATES: readonly string[] = [
  '0000-01-01',
  '0001-01-01',
  '0099-12-31',
  '0100-01-01',
  '1899-12-31',
  '9999-12-31',
  '2024-02-29',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-1-1',
  '+275760-09-13',
  '-000001-01-01',
  '2024-01-01T00:00:00Z',
  '２０２４-01-01',
  tomorrow(),
];

/** Instants at and past the ends of every range (JavaScript's ±8.64e15 ms, PostgreSQL's 4713 BC…294276 AD). */
export const DATETIMES: readonly string[] = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '9999-12-31T23:59:59.999999Z',
  '9999-12-31T23:59:59-14:00',
  '1969-12-31T23:59:60Z',
  '2026-03-29T01:30:00+25:00',
  '2026-03-29T01:30:00+23:59',
  '2026-01-01T00:00:00',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00.1234567890123Z',
  '+275760-09-13T00:00:00Z',
  '2026-01-01',
];

export const UUIDS: readonly string[] = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '4F1C2B9E-4A57-4D38-9A4C-2F3F9D9B1A11',
  '{4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11}',
  '4f1c2b9e4a574d389a4c2f3f9d9b1a11',
  '4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11\u0000',
  ' 4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11',
  "4f1c2b9e-4a57-4d38-9a4c-2f3f9d9b1a11' OR '1'='1",
];

export const URLS: readonly string[] = [
  `https://example.org/${'a'.repeat(3000)}`,
  'https://example.org/\u0000',
  'javascript:alert(1)',
  'http://example.org/',
  'file:///etc/passwd',
  'https://[::1]:99999/',
  'https://ex ample.org/',
  'HTTPS://EXAMPLE.ORG/',
  'https:example.org',
  'https://user:pass@example.org/',
  'https://xn--80ak6aa92e.com/',
  'https://例え.テスト/',
];

const NUMERIC_STRINGS: readonly string[] = [
  '1',
  '-1',
  '0',
  '1.5',
  '1e308',
  'NaN',
  'Infinity',
  '0x10',
  ' 2 ',
  '99999999999999999999',
];

const enumVariants = (values: readonly string[]): string[] =>
  values
    .slice(0, 3)
    .flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v}\u0000`, `${v}\u200B`, v.replace(/_/g, '-'), `${v}x`]);

/** Values aimed at one kind of field (a date field gets impossible dates, an id field odd UUIDs…). */
export function valuesForKinds(
  kinds: ReadonlySet<string>,
  enumValues: readonly string[],
  ids: readonly string[],
): fc.Arbitrary<unknown> | undefined {
  const pools: fc.Arbitrary<unknown>[] = [];
  if (kinds.has('date')) pools.push(fc.constantFrom(...DATES));
  if (kinds.has('datetime')) pools.push(fc.constantFrom(...DATETIMES));
  if (kinds.has('uuid')) {
    pools.push(fc.constantFrom(...UUIDS), fc.uuid());
    if (ids.length) pools.push(fc.constantFrom(...ids));
  }
  if (kinds.has('url')) pools.push(fc.constantFrom(...URLS));
  if (kinds.has('number')) pools.push(hostileNumber, fc.constantFrom(...NUMERIC_STRINGS));
  if (kinds.has('enum') && enumValues.length) pools.push(fc.constantFrom(...enumVariants(enumValues)));
  if (kinds.has('boolean')) pools.push(fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes'));
  return pools.length ? fc.oneof(...pools) : undefined;
}
