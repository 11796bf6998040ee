import { Badge, Group, List, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CaseReadiness } from '@tumor-board/shared';

function MetIcon({ met }: { met: boolean }) {
  return (
    <svg width={18} height={18} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle
        cx={10}
        cy={10}
        r={9}
        fill={met ? '#2b8a3e' : '#fff'}
        stroke={met ? '#2b8a3e' : '#d9480f'}
        strokeWidth={2}
      />
      {met ? (
        <path d="M5.5 10.5 L8.5 13.5 L14.5 7" fill="none" stroke="#fff" strokeWidth={2.2} strokeLinecap="round" />
      ) : (
        <path d="M10 5.5 V11 M10 14 V14.5" fill="none" stroke="#d9480f" strokeWidth={2.2} strokeLinecap="round" />
      )}
    </svg>
  );
}

/**
 * What the board needs before the case can be scheduled, item by item (shared assessCaseReadiness,
 * run by the server). Each item says in words whether it is met, not only with its icon.
 */
export function ReadinessChecklist({ readiness }: { readiness: CaseReadiness }) {
  const met = readiness.items.filter((item) => item.met).length;
  const total = readiness.items.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-heading" h="100%">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="readiness-heading">
          Readiness for the board
        </Title>
        <Badge
          color={readiness.ready ? 'green' : 'orange'}
          variant="light"
          size="md"
          radius="sm"
          tt="none"
          data-testid="readiness-summary"
        >
          {readiness.ready ? 'All met' : `${met} of ${total} met`}
        </Badge>
      </Group>
      <List listStyleType="none" spacing={8} size="sm" className="readiness-list" aria-label="Readiness checklist">
        {readiness.items.map((item) => (
          <List.Item key={item.code} icon={<MetIcon met={item.met} />} data-met={item.met} data-code={item.code}>
            <Text size="sm" fw={500} lh={1.35}>
              <VisuallyHidden>{item.met ? 'Met: ' : 'Not met: '}</VisuallyHidden>
              {item.label}
            </Text>
            {item.detail && (
              <Text size="xs" c="dimmed" lh={1.35}>
                {item.detail}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
