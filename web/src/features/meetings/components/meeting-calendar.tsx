import { Anchor, Box, Button, Group, SegmentedControl, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { MeetingSummary } from '@tumor-board/shared';
import { Link } from 'react-router';
import { meetingPagePath } from '../../../app/paths';
import { dayKey, isSameDay, rangeLabel, visibleDays, type CalendarView } from './calendar-range';
import { formatTime, meetingStatusColor } from './format';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface MeetingCalendarProps {
  view: CalendarView;
  anchor: Date;
  meetings: readonly MeetingSummary[];
  onViewChange: (view: CalendarView) => void;
  onStep: (step: -1 | 0 | 1) => void;
}

/** A plain month or week grid: each meeting is a link to its page. */
export function MeetingCalendar({ view, anchor, meetings, onViewChange, onStep }: MeetingCalendarProps) {
  const days = visibleDays(view, anchor);
  const today = new Date();
  const byDay = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const key = dayKey(new Date(meeting.startsAt));
    byDay.set(key, [...(byDay.get(key) ?? []), meeting]);
  }

  return (
    <Stack gap="sm" data-testid="meeting-calendar">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onStep(-1)} aria-label={`Previous ${view}`}>
            ‹
          </Button>
          <Button variant="default" size="xs" onClick={() => onStep(0)}>
            Today
          </Button>
          <Button variant="default" size="xs" onClick={() => onStep(1)} aria-label={`Next ${view}`}>
            ›
          </Button>
          <Text fw={600} aria-live="polite">
            {rangeLabel(view, anchor)}
          </Text>
        </Group>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(value) => onViewChange(value)}
          data={[
            { value: 'month', label: 'Month' },
            { value: 'week', label: 'Week' },
          ]}
          aria-label="Calendar view"
        />
      </Group>
      {/* A list of days rather than an ARIA grid (which promises arrow-key navigation): each day
          names its full date, so the weekday row is for the eye only. */}
      <SimpleGrid cols={7} spacing={4} aria-hidden>
        {WEEKDAYS.map((day) => (
          <Text key={day} size="xs" fw={600} c="dimmed" ta="center">
            {day}
          </Text>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4} mt={-8} role="list" aria-label="Meetings calendar">
        {days.map((day) => {
          const items = byDay.get(dayKey(day)) ?? [];
          const outside = view === 'month' && day.getMonth() !== anchor.getMonth();
          const isToday = isSameDay(day, today);
          return (
            <Box
              key={dayKey(day)}
              role="listitem"
              p={4}
              mih={view === 'week' ? 160 : 84}
              style={{
                border: `1px solid var(--mantine-color-${isToday ? 'blue-5' : 'gray-3'})`,
                borderRadius: 4,
                background: outside ? 'var(--mantine-color-gray-0)' : undefined,
              }}
            >
              <Text size="xs" c={outside ? 'dimmed' : undefined} fw={isToday ? 700 : 400}>
                <span aria-hidden>{day.getDate()}</span>
                <VisuallyHidden>{day.toLocaleDateString(undefined, { dateStyle: 'full' })}</VisuallyHidden>
              </Text>
              <Stack gap={2}>
                {items.map((meeting) => (
                  <Anchor
                    key={meeting.id}
                    component={Link}
                    to={meetingPagePath(meeting.id)}
                    size="xs"
                    style={{ textDecoration: meeting.status === 'cancelled' ? 'line-through' : undefined }}
                  >
                    <Box
                      px={4}
                      py={2}
                      style={{
                        borderLeft: `3px solid var(--mantine-color-${meetingStatusColor(meeting.status)}-6)`,
                        background: 'var(--mantine-color-gray-0)',
                      }}
                    >
                      <Text size="xs" fw={700} c="dark">
                        {formatTime(meeting.startsAt)} · {meeting.caseCount}{' '}
                        {meeting.caseCount === 1 ? 'case' : 'cases'}
                      </Text>
                      <Text size="xs" lineClamp={2}>
                        {meeting.title}
                      </Text>
                    </Box>
                  </Anchor>
                ))}
              </Stack>
            </Box>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
