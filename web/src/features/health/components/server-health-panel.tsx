import { Alert, Badge, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Health, Readiness } from '@tumor-board/shared';
import { isApiError } from '../../../lib/api/client';
import { useHealth } from '../api/get-health';
import { useReadiness } from '../api/get-readiness';
import { healthKeys } from '../api/health-keys';
import { formatUptime } from './format-uptime';

type Overall = { label: string; color: string };

function overallStatus(
  health: Health | undefined,
  readiness: Readiness | undefined,
  failed: boolean,
  pending: boolean,
): Overall {
  if (failed) return { label: 'Unreachable', color: 'red' };
  if (pending || !health || !readiness) return { label: 'Checking…', color: 'gray' };
  if (readiness.status === 'ready') return { label: 'Ready', color: 'green' };
  return { label: 'Not ready', color: 'orange' };
}

function errorText(error: unknown): { title: string; detail: string; requestId?: string } {
  if (isApiError(error)) {
    return {
      title: error.isNetworkError ? 'The server could not be reached' : `${error.title} (${error.status})`,
      detail: error.detail ?? 'The server did not answer the check.',
      requestId: error.requestId,
    };
  }
  return { title: 'The check failed', detail: error instanceof Error ? error.message : 'Unknown error.' };
}

function CheckError({ label, error }: { label: string; error: unknown }) {
  const { title, detail, requestId } = errorText(error);
  return (
    <Alert color="red" variant="light" title={`${label}: ${title}`}>
      <Text size="sm">{detail}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          Request id: {requestId}
        </Text>
      )}
    </Alert>
  );
}

/**
 * The server's own view of itself: liveness (`/api/health`) and readiness (`/api/health/ready`),
 * re-checked every 30 s. Each line is plain text ("Database: up") so people and tests read it alike.
 */
export function ServerHealthPanel() {
  const queryClient = useQueryClient();
  const health = useHealth();
  const readiness = useReadiness();

  const pending = health.isPending || readiness.isPending;
  const failed = health.isError || readiness.isError;
  const paused = health.fetchStatus === 'paused' || readiness.fetchStatus === 'paused';
  const fetching = health.isFetching || readiness.isFetching;
  const overall = overallStatus(health.data, readiness.data, failed, pending);

  return (
    <Paper
      component="section"
      withBorder
      p="lg"
      maw={720}
      aria-labelledby="server-health-heading"
      aria-busy={pending && !paused}
      data-testid="server-health"
    >
      <Group justify="space-between" align="center" mb="md" wrap="wrap">
        <Group gap="sm">
          <Title order={2} size="h4" id="server-health-heading">
            Server health
          </Title>
          <Badge color={overall.color} variant="light" radius="sm" role="status" data-testid="server-health-status">
            {overall.label}
          </Badge>
        </Group>
        <Button
          variant="default"
          size="xs"
          loading={fetching}
          onClick={() => void queryClient.invalidateQueries({ queryKey: healthKeys.all })}
        >
          Check again
        </Button>
      </Group>

      {paused && !health.data && !readiness.data ? (
        <Text c="dimmed">
          No health information yet: this browser appears to be offline. The check runs as soon as the connection
          returns.
        </Text>
      ) : pending && !failed ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text>Checking the server…</Text>
        </Group>
      ) : (
        <Stack gap="sm">
          {health.isError && <CheckError label="Server" error={health.error} />}
          {readiness.isError && <CheckError label="Readiness" error={readiness.error} />}
          <List spacing={6} listStyleType="none" ml={0}>
            {health.data && (
              <List.Item>
                <Text span fw={500}>{`Server: ${health.data.status} · version ${health.data.version}`}</Text>
                <Text span c="dimmed" size="sm">{` · up ${formatUptime(health.data.uptimeSeconds)}`}</Text>
              </List.Item>
            )}
            {readiness.data && (
              <>
                <List.Item>
                  <Text span fw={500} c={readiness.data.database === 'up' ? undefined : 'red.9'}>
                    {`Database: ${readiness.data.database}`}
                  </Text>
                </List.Item>
                <List.Item>
                  <Text span fw={500} c={readiness.data.migrations.pending > 0 ? 'red.9' : undefined}>
                    {`Migrations: ${readiness.data.migrations.applied} applied, ${readiness.data.migrations.pending} pending`}
                  </Text>
                </List.Item>
              </>
            )}
          </List>
          {readiness.data?.status === 'not_ready' && (
            <Text size="sm" c="dimmed">
              The server is running but not ready to serve cases yet. It usually recovers on its own once the database
              is reachable and migrations have run.
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
