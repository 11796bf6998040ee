import { Badge, Stack, Text } from '@mantine/core';
import type { BilskyResult, MirelsResult, ScoreOutcome, SinsResult } from '@tumor-board/shared';
import { MIRELS_CATEGORY_LABELS, SINS_CATEGORY_LABELS } from '../../../components/skeleton';
import { missingList } from './score-labels';

const SINS_COLORS = { stable: 'green', potentially_unstable: 'orange', unstable: 'red' } as const;
const MIRELS_COLORS = { low: 'green', borderline: 'orange', high: 'red' } as const;

function Incomplete({ missing }: { missing: readonly string[] }) {
  return (
    <Stack gap={2} align="flex-start">
      <Badge color="gray" variant="outline" radius="sm" tt="none" className="badge-no-shrink">
        Incomplete
      </Badge>
      <Text size="xs" c="dimmed">
        missing {missingList(missing)}
      </Text>
    </Stack>
  );
}

const NotApplicable = ({ reason }: { reason: string }) => (
  <Text size="sm" c="dimmed" title={reason}>
    —
  </Text>
);

export function SinsBadge({ outcome }: { outcome: ScoreOutcome<SinsResult> }) {
  if (outcome.status === 'not_applicable') return <NotApplicable reason={outcome.reason} />;
  if (outcome.status === 'incomplete') return <Incomplete missing={outcome.missing} />;
  const { total, category } = outcome.result;
  return (
    <Badge color={SINS_COLORS[category]} variant="light" radius="sm" tt="none" className="badge-no-shrink">
      {`${total} · ${SINS_CATEGORY_LABELS[category]}`}
    </Badge>
  );
}

export function MirelsBadge({ outcome }: { outcome: ScoreOutcome<MirelsResult> }) {
  if (outcome.status === 'not_applicable') return <NotApplicable reason={outcome.reason} />;
  if (outcome.status === 'incomplete') return <Incomplete missing={outcome.missing} />;
  const { total, category } = outcome.result;
  return (
    <Badge color={MIRELS_COLORS[category]} variant="light" radius="sm" tt="none" className="badge-no-shrink">
      {`${total} · ${MIRELS_CATEGORY_LABELS[category]}`}
    </Badge>
  );
}

export function BilskyBadge({ outcome }: { outcome: ScoreOutcome<BilskyResult> }) {
  if (outcome.status === 'not_applicable') return <NotApplicable reason={outcome.reason} />;
  if (outcome.status === 'incomplete')
    return (
      <Text size="sm" c="dimmed">
        Not graded
      </Text>
    );
  const { grade, highGrade } = outcome.result;
  return (
    <Badge color={highGrade ? 'red' : 'teal'} variant="light" radius="sm" tt="none" className="badge-no-shrink">
      {`${grade} · ${highGrade ? 'High grade' : 'Low grade'}`}
    </Badge>
  );
}
