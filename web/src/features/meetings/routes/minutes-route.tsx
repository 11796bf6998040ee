import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import type { Quorum } from '@tumor-board/shared';
import { meetingPagePath } from '../../../app/paths';
import { APP_NAME } from '../../../components/page';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { DISCIPLINE_LABELS, formatDateTime } from '../../../lib/labels';
import { minutesPdfUrl, useMinutes, type MeetingMinutes } from '../api/get-minutes';
import { MEETING_STATUS_LABELS, patientName, urgencyLabel } from '../components/format';
import classes from '../components/minutes.module.css';

type DiscussedCase = MeetingMinutes['discussed'][number];
type DeferredCase = MeetingMinutes['deferred'][number];

const OUTCOME_LABELS = {
  pending: 'Not reached',
  discussed: 'Discussed',
  deferred: 'Deferred',
  rolled_over: 'Rolled over',
} as const;

const disciplines = (list: Quorum['required']) => list.map((d) => DISCIPLINE_LABELS[d]).join(', ');

export function Component() {
  const { meetingId = '' } = useParams();
  const minutes = useMinutes(meetingId);
  useDocumentTitle(`Minutes${minutes.data ? ` – ${minutes.data.meeting.title}` : ''} · ${APP_NAME}`);

  if (minutes.isPending) return <PageLoader label="Loading the minutes" />;
  if (minutes.isError)
    return (
      <Stack>
        <Title order={1}>Minutes</Title>
        <ProblemAlert title="Could not load the minutes" error={minutes.error} />
      </Stack>
    );

  const { meeting, attendees, quorum, discussed, deferred } = minutes.data;

  return (
    <Stack gap="lg" className={classes.sheet} data-testid="minutes">
      <Group justify="space-between" align="flex-start" className={classes.noPrint}>
        <Anchor component={Link} to={meetingPagePath(meeting.id)} size="sm">
          ← Back to the meeting
        </Anchor>
        <div className={classes.toolbar}>
          <Button onClick={() => window.print()}>Print</Button>
          <Button component="a" href={minutesPdfUrl(meeting.id)} download variant="default">
            Download PDF
          </Button>
        </div>
      </Group>

      <header>
        <Text size="sm" c="dimmed">
          Minutes of the tumour board
        </Text>
        <Title order={1} size="h2" tabIndex={-1} className="page-heading">
          {meeting.title}
        </Title>
        <Text data-testid="minutes-date">
          {meeting.date}, {meeting.startTime}–{meeting.endTime} ({meeting.timeZone})
          {meeting.location ? ` · ${meeting.location}` : ''}
        </Text>
        <Group gap="xs" mt={4}>
          <Badge variant="light">{MEETING_STATUS_LABELS[meeting.status]}</Badge>
          {meeting.adHoc && <Badge variant="outline">Ad hoc</Badge>}
        </Group>
        {meeting.status !== 'ended' && (
          <Alert color="yellow" variant="light" mt="sm" className={classes.noPrint}>
            The meeting has not ended yet: these minutes are a draft.
          </Alert>
        )}
      </header>

      <section aria-labelledby="minutes-attendance">
        <Title order={2} size="h3" id="minutes-attendance" mb="xs">
          Attendance and quorum
        </Title>
        {attendees.length === 0 ? (
          <Text c="dimmed">Nobody checked in.</Text>
        ) : (
          <Table withTableBorder striped data-testid="minutes-attendees">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Discipline</Table.Th>
                <Table.Th>Attended</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attendees.map((a) => (
                <Table.Tr key={a.user.id}>
                  <Table.Td>{a.user.name}</Table.Td>
                  <Table.Td>
                    {a.discipline
                      ? (DISCIPLINE_LABELS[a.discipline as keyof typeof DISCIPLINE_LABELS] ?? a.discipline)
                      : '—'}
                  </Table.Td>
                  <Table.Td>{a.mode === 'virtual' ? 'Virtually' : 'In person'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text mt="xs" data-testid="minutes-quorum">
          {quorum.met
            ? `Quorum met (required: ${disciplines(quorum.required)}).`
            : `Quorum not met: missing ${disciplines(quorum.missing)}.`}
        </Text>
      </section>

      <section aria-labelledby="minutes-discussed">
        <Title order={2} size="h3" id="minutes-discussed" mb="xs">
          Cases discussed ({discussed.length})
        </Title>
        {discussed.length === 0 ? (
          <Text c="dimmed">No case was discussed.</Text>
        ) : (
          <Stack gap="sm">
            {discussed.map((c) => (
              <DiscussedCaseBlock key={c.itemId} item={c} />
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="minutes-deferred">
        <Title order={2} size="h3" id="minutes-deferred" mb="xs">
          Deferred and rolled-over cases ({deferred.length})
        </Title>
        {deferred.length === 0 ? (
          <Text c="dimmed">None.</Text>
        ) : (
          <List>
            {deferred.map((c) => (
              <DeferredCaseLine key={c.itemId} item={c} />
            ))}
          </List>
        )}
      </section>

      <Text size="xs" c="dimmed">
        Generated {formatDateTime(minutes.data.generatedAt)}
      </Text>
    </Stack>
  );
}

function CaseHeading({ item }: { item: DiscussedCase | DeferredCase }) {
  return (
    <>
      <Title order={3} size="h4">
        {item.position}. {patientName(item.patient)}{' '}
        <Text span c="dimmed" size="sm">
          (MRN {item.patient.mrn})
        </Text>
      </Title>
      <Text size="sm">
        {item.primary} · {urgencyLabel(item.urgency)}
        {item.presenter ? ` · presented by ${item.presenter.name}` : ''}
      </Text>
      {item.clinicalQuestion && <Text size="sm">Question: {item.clinicalQuestion}</Text>}
      {item.rolledFrom && (
        <Text size="sm" c="dimmed">
          Carried over from {item.rolledFrom.title} ({formatDateTime(item.rolledFrom.startsAt)})
        </Text>
      )}
    </>
  );
}

function DiscussedCaseBlock({ item }: { item: DiscussedCase }) {
  return (
    <Paper withBorder p="md" className={classes.case} data-testid="minutes-case">
      <CaseHeading item={item} />
      {item.decisions.length === 0 ? (
        <Text size="sm" mt="xs" c="dimmed">
          No signed decision.
        </Text>
      ) : (
        item.decisions.map((d) => (
          <Stack key={d.id} gap={4} mt="sm">
            <Text fw={600} size="sm">
              {d.sequence > 1 ? `Amended decision (${d.sequence - 1})` : 'Decision'}
              {d.signedBy ? ` — signed by ${d.signedBy.name}` : ''}
              {d.signedAt ? `, ${formatDateTime(d.signedAt)}` : ''}
              {d.superseded ? ' (superseded)' : ''}
            </Text>
            {d.amendmentReason && <Text size="sm">Reason for amendment: {d.amendmentReason}</Text>}
            {d.items.length > 0 ? (
              <List size="sm">
                {d.items.map((i) => (
                  <List.Item key={i.id}>
                    {i.description}
                    {i.dueBy ? ` (by ${i.dueBy})` : ''}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                No items.
              </Text>
            )}
            {d.rationale && <Text size="sm">Rationale: {d.rationale}</Text>}
            {d.dissent.length > 0 && (
              <div>
                <Text size="sm" fw={500}>
                  Dissent
                </Text>
                <List size="sm">
                  {d.dissent.map((x) => (
                    <List.Item key={x.user.id}>
                      {x.user.name}: {x.text}
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
          </Stack>
        ))
      )}
    </Paper>
  );
}

function DeferredCaseLine({ item }: { item: DeferredCase }) {
  return (
    <List.Item>
      <Text size="sm" span fw={500}>
        {patientName(item.patient)}
      </Text>{' '}
      <Text size="sm" span>
        — {OUTCOME_LABELS[item.outcome]}
        {item.rolledTo ? ` to ${item.rolledTo.title} (${formatDateTime(item.rolledTo.startsAt)})` : ''}
      </Text>
    </List.Item>
  );
}
