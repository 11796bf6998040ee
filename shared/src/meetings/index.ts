// Meeting series: the recurrence rule and its schemas, occurrence generation on local wall-clock
// time, and iCalendar output. Pure functions, shared by the server (generation, feeds) and the web
// (forms, previews). rrule itself stays internal (rrule-interop.ts).
export * from './recurrence-rule.js';
export * from './wall-clock.js';
export * from './series.js';
export * from './occurrences.js';
export * from './ics.js';
