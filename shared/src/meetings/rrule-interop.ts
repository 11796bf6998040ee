import * as rruleModule from 'rrule';

/*
 * rrule ships CommonJS as its Node entry ("main") and ES modules only for bundlers ("module"). Node's
 * ES-module loader (and jest's) therefore exposes just `default` (= module.exports), while Vite sees
 * the named exports and no `default`. Choosing at run time works in all three; the function call
 * (rather than reading `rruleModule.default` directly) keeps the bundler from warning about a missing
 * export. Internal to meetings/: the rest of the app has no business with rrule itself.
 */
function commonJsInterop<T extends object>(namespace: T): T {
  return 'RRule' in namespace ? namespace : (namespace as { default: T }).default;
}

export const { RRule } = commonJsInterop(rruleModule);
