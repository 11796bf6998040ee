/** Wall-clock date and time in an IANA zone, to and from ISO instants (for the move dialog). */

const pad = (n: number) => String(n).padStart(2, '0');

/** The browser's zone, e.g. "Europe/Berlin". */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function parts(date: Date, timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const get = (type: string) => Number(fmt.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour') % 24, mi: get('minute'), s: get('second') };
}

/** Minutes east of UTC of `timeZone` at the instant `date`. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** "2026-11-27" and "14:05": the instant's wall clock in the zone. */
export function toZonedParts(iso: string, timeZone: string): { date: string; time: string } {
  const p = parts(new Date(iso), timeZone);
  return { date: `${p.y}-${pad(p.mo)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.mi)}` };
}

/**
 * "2026-11-27" + "14:05" in the zone as ISO with that zone's offset ("2026-11-27T14:05:00+01:00"),
 * or undefined when either part is not valid.
 */
export function fromZonedParts(date: string, time: string, timeZone: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(guess)) return undefined;
  // Two passes settle the offset around a daylight-saving change.
  let offset = offsetMinutes(new Date(guess), timeZone);
  offset = offsetMinutes(new Date(guess - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
