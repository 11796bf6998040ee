import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AuditEventView } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { auditExportUrl, useAuditEvents, type AuditFilters } from '../api/get-audit-events';
import { useUsers } from '../api/get-users';

type Outcome = AuditEventView['outcome'];

/** Actions the server records today, offered as suggestions; any other text is searched as typed. */
const KNOWN_ACTIONS = [
  'auth.login',
  'auth.logout',
  'access.denied',
  'audit.export',
  'user.create',
  'user.update',
  'user.deactivate',
  'user.password_reset_issued',
  'user.set_password',
  'user.setup_first_admin',
  'user.create_admin_cli',
];

const ACTIONS_LIST_ID = 'audit-known-actions';

const OUTCOME_OPTIONS = [
  { value: '', label: 'Any outcome' },
  { value: 'success', label: 'Success' },
  { value: 'denied', label: 'Denied' },
  { value: 'failed', label: 'Failed' },
];

const OUTCOME_COLORS: Record<Outcome, string> = { success: 'green', denied: 'orange', failed: 'red' };

const isOutcome = (value: string): value is Outcome => value === 'success' || value === 'denied' || value === 'failed';

interface FilterForm {
  userId: string | null;
  action: string;
  outcome: Outcome | '';
  /** `YYYY-MM-DD` from a date input, or ''. */
  from: string;
  to: string;
}

const NO_FILTERS: FilterForm = { userId: null, action: '', outcome: '', from: '', to: '' };

/** Midnight at the start of a local calendar day, `days` after the one given. */
function localDayStart(date: string, days = 0): string | undefined {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d + days).toISOString();
}

/** The API's filters: `to` is exclusive, so the chosen "to" day is included by ending at the next midnight. */
function toFilters(form: FilterForm, action: string): AuditFilters {
  return {
    userId: form.userId ?? undefined,
    action: action.trim() || undefined,
    outcome: form.outcome || undefined,
    from: form.from ? localDayStart(form.from) : undefined,
    to: form.to ? localDayStart(form.to, 1) : undefined,
  };
}

function describeDetail(detail: AuditEventView['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

function EventRow({ event }: { event: AuditEventView }) {
  const detail = describeDetail(event.detail);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={event.at}>{formatDateTime(event.at, true)}</time>
      </Table.Td>
      <Table.Td>
        {event.userName ?? (event.userId ? shortId(event.userId) : '—')}
        {event.roles && (
          <Text size="xs" c="dimmed">
            {event.roles}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Code>{event.action}</Code>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={OUTCOME_COLORS[event.outcome]} radius="sm" tt="none" className="badge-no-shrink">
          {event.outcome}
        </Badge>
      </Table.Td>
      <Table.Td>
        {event.entityType ? (
          <span title={event.entityId ?? undefined}>
            {event.entityType}
            {event.entityId && ` ${shortId(event.entityId)}`}
          </span>
        ) : (
          '—'
        )}
        {event.patientId && (
          <Text size="xs" c="dimmed" title={event.patientId}>
            Patient {shortId(event.patientId)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{event.sourceIp ?? '—'}</Table.Td>
      <Table.Td>
        <Text size="xs" lineClamp={2} title={detail || undefined} maw={280}>
          {detail || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The audit trail, newest first, filtered, a page at a time, with a CSV export of the same filters. */
export function AuditPanel() {
  const users = useUsers();
  const [form, setForm] = useState<FilterForm>(NO_FILTERS);
  // Typing an action searches once the typing pauses, not on every key.
  const [action] = useDebouncedValue(form.action, 400);
  const rangeError = form.from && form.to && form.to < form.from ? 'must be on or after the “from” date' : undefined;
  const filters = toFilters(rangeError ? { ...form, from: '', to: '' } : form, action);
  const events = useAuditEvents(filters);

  const userOptions = (users.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.name} (${user.email})`,
  }));
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = JSON.stringify(form) !== JSON.stringify(NO_FILTERS);

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-heading">
        <Text id="audit-filters-heading" fw={600} mb="sm">
          Filters
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
          <NativeSelect
            label="User"
            data={[
              { value: '', label: users.isError ? 'Any user (the list could not be loaded)' : 'Any user' },
              ...userOptions,
            ]}
            value={form.userId ?? ''}
            onChange={(event) => setForm({ ...form, userId: event.currentTarget.value || null })}
          />
          <TextInput
            label="Action"
            placeholder="Any action, e.g. auth.login"
            list={ACTIONS_LIST_ID}
            autoComplete="off"
            value={form.action}
            onChange={(event) => setForm({ ...form, action: event.currentTarget.value })}
          />
          <datalist id={ACTIONS_LIST_ID}>
            {KNOWN_ACTIONS.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
          <NativeSelect
            label="Outcome"
            data={OUTCOME_OPTIONS}
            value={form.outcome}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setForm({ ...form, outcome: isOutcome(value) ? value : '' });
            }}
          />
          <TextInput
            label="From"
            type="date"
            value={form.from}
            onChange={(event) => setForm({ ...form, from: event.currentTarget.value })}
          />
          <TextInput
            label="To (inclusive)"
            type="date"
            value={form.to}
            onChange={(event) => setForm({ ...form, to: event.currentTarget.value })}
            error={rangeError && `The “to” date ${rangeError}`}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button variant="default" onClick={() => setForm(NO_FILTERS)} disabled={!filtered}>
            Clear filters
          </Button>
          <Button component="a" href={auditExportUrl(filters)} download variant="default">
            Export CSV
          </Button>
          <Text size="sm" c="dimmed">
            The export holds every event that matches the filters (up to 50,000) and is itself recorded.
          </Text>
        </Group>
      </Paper>

      {!events.data ? (
        events.isError ? (
          <ProblemAlert title="Could not load the audit trail" error={events.error}>
            <Button size="xs" mt="sm" onClick={() => void events.refetch()} loading={events.isFetching}>
              Try again
            </Button>
          </ProblemAlert>
        ) : (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text>Loading the audit trail…</Text>
          </Group>
        )
      ) : items.length === 0 ? (
        <Alert color="gray" variant="light" title="No events">
          <Text size="sm">{filtered ? 'No event matches these filters.' : 'Nothing has been recorded yet.'}</Text>
        </Alert>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status">
            {`Showing ${items.length} ${items.length === 1 ? 'event' : 'events'}, newest first${events.hasNextPage ? '; more are available' : ''}.`}
          </Text>
          {/* The table has no links or buttons: the scroll area itself takes focus, so the keyboard can scroll it. */}
          <Table.ScrollContainer
            minWidth={960}
            scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': 'Audit events table' } }}
          >
            <Table striped verticalSpacing="xs" fz="sm" aria-label="Audit events">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Time</Table.Th>
                  <Table.Th scope="col">User</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Outcome</Table.Th>
                  <Table.Th scope="col">Entity</Table.Th>
                  <Table.Th scope="col">Source IP</Table.Th>
                  <Table.Th scope="col">Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((event) => (
                  <EventRow key={event.id} event={event} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {events.isFetchNextPageError && <ProblemAlert title="Could not load more events" error={events.error} />}
          {events.hasNextPage && (
            <Group>
              <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
                Load more
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
