import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  computeLesionScores,
  formatSkeletalSite,
  isLongBone,
  type LesionScores,
  type SkeletalSite,
} from '@tumor-board/shared';
import { MIRELS_CATEGORY_LABELS, SINS_CATEGORY_LABELS } from '../../../components/skeleton';
import { lesionFields, siteOf, type LesionFormValues } from './lesion-form-values';
import { missingList } from './score-labels';

/** The scores of the lesion being edited, recomputed on every change with shared's calculators. */
export function liveScores(values: LesionFormValues): {
  site: SkeletalSite | undefined;
  scores: LesionScores | undefined;
} {
  const site = siteOf(values);
  if (!site) return { site, scores: undefined };
  try {
    return { site, scores: computeLesionScores(lesionFields(values, site)) };
  } catch {
    // A value the calculators refuse (cannot come from these inputs) shows as no score, not a crash.
    return { site, scores: undefined };
  }
}

function ScoreLine({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      {children}
    </div>
  );
}

/** "SINS 13, unstable" for screen readers, said once the score changes. */
function scoresSentence(site: SkeletalSite | undefined, scores: LesionScores | undefined): string {
  if (!site || !scores) return 'Choose the site to see its scores.';
  const parts: string[] = [];
  const { sins, mirels, bilsky } = scores;
  if (sins.status === 'complete')
    parts.push(`SINS ${sins.result.total}, ${SINS_CATEGORY_LABELS[sins.result.category]}`);
  if (sins.status === 'incomplete') parts.push(`SINS incomplete, missing ${missingList(sins.missing)}`);
  if (mirels.status === 'complete')
    parts.push(`Mirels ${mirels.result.total}, ${MIRELS_CATEGORY_LABELS[mirels.result.category]}`);
  if (mirels.status === 'incomplete') parts.push(`Mirels incomplete, missing ${missingList(mirels.missing)}`);
  if (bilsky.status === 'complete') parts.push(`Bilsky grade ${bilsky.result.grade}`);
  return parts.length ? `${parts.join('. ')}.` : 'No score applies to this site.';
}

const SINS_COLORS = { stable: 'green', potentially_unstable: 'orange', unstable: 'red' } as const;
const MIRELS_COLORS = { low: 'green', borderline: 'orange', high: 'red' } as const;

export function LiveScores({ site, scores }: { site: SkeletalSite | undefined; scores: LesionScores | undefined }) {
  return (
    <Paper withBorder p="md" bg="gray.0" className="lesion-editor-scores" data-testid="live-scores">
      <Title order={3} size="h5" mb="xs">
        Scores
      </Title>
      <Text size="xs" c="dimmed" mb="sm" className="lesion-editor-scores-extra">
        Computed as you choose, with the same tables the server uses.
      </Text>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {scoresSentence(site, scores)}
      </VisuallyHidden>
      {!site || !scores ? (
        <Text size="sm">Choose the bone and its part to see which scores apply.</Text>
      ) : (
        <Stack gap="md">
          <Text size="sm" fw={500}>
            {formatSkeletalSite(site)}
          </Text>
          {scores.sins.status !== 'not_applicable' && (
            <ScoreLine name="SINS">
              {scores.sins.status === 'complete' ? (
                <Group gap="sm" align="center" data-testid="live-sins">
                  <Text fz={32} fw={700} lh={1}>
                    {scores.sins.result.total}
                  </Text>
                  <Badge
                    color={SINS_COLORS[scores.sins.result.category]}
                    size="lg"
                    radius="sm"
                    tt="none"
                    variant="light"
                  >
                    {SINS_CATEGORY_LABELS[scores.sins.result.category]}
                  </Badge>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" data-testid="live-sins">
                  Incomplete: missing {missingList(scores.sins.missing)}
                </Text>
              )}
            </ScoreLine>
          )}
          {scores.mirels.status !== 'not_applicable' && (
            <ScoreLine name="Mirels">
              {scores.mirels.status === 'complete' ? (
                <Group gap="sm" align="center" data-testid="live-mirels">
                  <Text fz={32} fw={700} lh={1}>
                    {scores.mirels.result.total}
                  </Text>
                  <Badge
                    color={MIRELS_COLORS[scores.mirels.result.category]}
                    size="lg"
                    radius="sm"
                    tt="none"
                    variant="light"
                  >
                    {MIRELS_CATEGORY_LABELS[scores.mirels.result.category]}
                  </Badge>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" data-testid="live-mirels">
                  Incomplete: missing {missingList(scores.mirels.missing)}
                </Text>
              )}
            </ScoreLine>
          )}
          {isLongBone(site) && scores.mirels.status === 'not_applicable' && (
            <ScoreLine name="Mirels">
              <Text size="sm" c="dimmed">
                Not applicable: {scores.mirels.reason}.
              </Text>
            </ScoreLine>
          )}
          {scores.bilsky.status !== 'not_applicable' && (
            <ScoreLine name="Bilsky ESCC">
              {scores.bilsky.status === 'complete' ? (
                <Badge
                  color={scores.bilsky.result.highGrade ? 'red' : 'teal'}
                  size="lg"
                  radius="sm"
                  tt="none"
                  variant="light"
                >
                  {`Grade ${scores.bilsky.result.grade} · ${scores.bilsky.result.highGrade ? 'high grade' : 'low grade'}`}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  Not graded yet
                </Text>
              )}
            </ScoreLine>
          )}
          {scores.sins.status === 'not_applicable' && scores.mirels.status === 'not_applicable' && (
            <Text size="sm" c="dimmed">
              No stability score applies to this site.
            </Text>
          )}
          {scores.sins.status === 'complete' && (
            <Text size="xs" c="dimmed" className="lesion-editor-scores-extra">
              {scores.sins.result.interpretation}
            </Text>
          )}
          {scores.mirels.status === 'complete' && (
            <Text size="xs" c="dimmed" className="lesion-editor-scores-extra">
              {scores.mirels.result.interpretation}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
