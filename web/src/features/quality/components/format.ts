/** "75 %" for a share, or a dash when there was nothing to divide by. */
export const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)} %`);

/** "9.5 days" / "30 hours" for a median, or a dash when there was nothing to take it of. */
export const daysText = (days: number | null): string =>
  days === null ? '—' : `${days.toFixed(1)} ${days === 1 ? 'day' : 'days'}`;

export const hoursText = (hours: number | null): string =>
  hours === null ? '—' : `${hours.toFixed(1)} ${hours === 1 ? 'hour' : 'hours'}`;

/** "6 of 8" under a share. */
export const ofText = (part: number, whole: number): string => `${part} of ${whole}`;
