import type { ReactNode } from 'react';
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Decision, DecisionItem } from '@tumor-board/shared';
import { formatDateTime } from '../../../lib/labels';
import { StoredItemView } from './stored-item';

export function DecisionStatusBadge({ decision }: { decision: Decision }) {
  if (decision.superseded)
    return (
      <Badge color="gray" variant="outline">
        Superseded
      </Badge>
    );
  if (decision.status === 'signed')
    return (
      <Badge color="teal" variant="filled">
        Signed
      </Badge>
    );
  return (
    <Badge color="yellow" variant="light">
      Draft
    </Badge>
  );
}

export const decisionTitle = (d: Decision) =>
  d.sequence === 1 ? 'Board decision' : `Board decision, amendment ${d.sequence - 1}`;

/** Names the recommendation an item was copied from, e.g. "Radiation oncology". */
export type SourceLabel = (item: Pick<DecisionItem, 'sourceRecommendationId'>) => string | null;

export interface DecisionViewProps {
  decision: Decision;
  /** Buttons beside the heading (sign, amend, letter, acknowledge …). */
  actions?: ReactNode;
  /** Shown under each item, e.g. the referrer's outcome form. */
  itemExtra?: (item: DecisionItem) => ReactNode;
  /** Name of a recommendation an item was copied from. */
  sourceLabel?: SourceLabel;
}

/** A decision as read: items, rationale, dissent, who attended and who signed. */
export function DecisionView({ decision: d, actions, itemExtra, sourceLabel }: DecisionViewProps) {
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={decisionTitle(d)}
      data-testid="decision-view"
      opacity={d.superseded ? 0.75 : 1}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={3} size="h4">
              {decisionTitle(d)}
            </Title>
            <DecisionStatusBadge decision={d} />
          </Group>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {d.amendmentReason && (
          <Text size="sm">
            <Text span fw={600}>
              Reason for amendment:
            </Text>{' '}
            {d.amendmentReason}
          </Text>
        )}
        <Title order={4} size="h5">
          Agreed items
        </Title>
        {d.items.length === 0 && (
          <Text size="sm" c="dimmed">
            No items.
          </Text>
        )}
        {d.items.map((item) => {
          const source = sourceLabel?.(item);
          return (
            <StoredItemView
              key={item.id}
              item={item.item}
              description={item.description}
              warnings={item.warnings}
              meta={
                (source || item.dueBy) && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {source && `From ${source}`}
                    {source && item.dueBy && ' · '}
                    {item.dueBy && `Due by ${item.dueBy}`}
                  </Text>
                )
              }
            >
              {itemExtra?.(item)}
            </StoredItemView>
          );
        })}
        <Title order={4} size="h5">
          Rationale
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={d.rationale ? undefined : 'dimmed'}>
          {d.rationale ?? 'None recorded.'}
        </Text>
        {d.dissent.length > 0 && (
          <>
            <Title order={4} size="h5">
              Dissent
            </Title>
            <List size="sm">
              {d.dissent.map((x) => (
                <List.Item key={`${x.user.id}:${x.text}`}>
                  <Text span fw={600}>
                    {x.user.name}:
                  </Text>{' '}
                  {x.text}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="sm">
          <Text span fw={600}>
            Present:
          </Text>{' '}
          {d.attendees.length ? d.attendees.map((a) => a.name).join(', ') : 'not recorded'}
        </Text>
        {d.signedAt && (
          <Text size="sm" data-testid="decision-signature">
            <Text span fw={600}>
              Signed
            </Text>{' '}
            by {d.signedBy?.name ?? 'unknown'} on {formatDateTime(d.signedAt)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
