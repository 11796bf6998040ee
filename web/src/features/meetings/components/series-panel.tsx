import { useState } from 'react';
import { Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { describeRecurrence, type MeetingSeriesView } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSeries } from '../api/get-series';
import { useSeriesFeedUrl } from '../api/get-series-feed-url';

const describe = (s: MeetingSeriesView) => {
  try {
    return describeRecurrence(s.rrule, s.startTime, s.timeZone);
  } catch {
    return s.rrule;
  }
};

function SeriesRow({ series }: { series: MeetingSeriesView }) {
  const [asked, setAsked] = useState(false);
  const feed = useSeriesFeedUrl(series.id, asked);
  return (
    <Paper withBorder p="sm" data-testid="series-row">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text fw={600}>{series.name}</Text>
          <Text size="sm">{describe(series)}</Text>
          <Text size="xs" c="dimmed">
            {series.durationMinutes} min · {series.capacity} cases · {series.location ?? 'No location'}
          </Text>
        </div>
        {!asked && (
          <Button size="xs" variant="light" onClick={() => setAsked(true)}>
            Show calendar feed URL
          </Button>
        )}
      </Group>
      {feed.isError && <ProblemAlert title="Could not get the feed address" error={feed.error} />}
      {feed.data && (
        <Group mt="xs" gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label="Calendar feed (secret: share only with the board)"
            value={feed.data.url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={feed.data.url}>
            {({ copied, copy }) => (
              <Button size="sm" variant={copied ? 'filled' : 'default'} onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
    </Paper>
  );
}

/** The board's standing meetings, each in words, with its subscribable feed. */
export function SeriesPanel() {
  const series = useSeries();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Meeting series
      </Title>
      {series.isError && <ProblemAlert title="Could not load the series" error={series.error} />}
      {series.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No series yet. A coordinator or the chair creates one.
        </Text>
      )}
      {series.data?.items.map((s) => (
        <SeriesRow key={s.id} series={s} />
      ))}
    </Stack>
  );
}
