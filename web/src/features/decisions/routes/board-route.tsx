import { useMemo } from 'react';
import { Anchor, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  CASE_STATUS_LABELS,
  DISCIPLINE_ROLE,
  RECOMMENDING_DISCIPLINES,
  RECOMMENDING_DISCIPLINE_LABELS,
  type CurrentUser,
  type Recommendation,
  type StoredItem,
} from '@tumor-board/shared';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCurrentUser } from '../../auth/api/get-session';
import { useCaseSummary } from '../api/get-case-summary';
import { useDecisions } from '../api/get-decisions';
import { useLesions } from '../api/get-lesions';
import { useRecommendations } from '../api/get-recommendations';
import { DECISION_EDITOR_ROLES, DecisionPanel, type Person } from '../components/decision-panel';
import type { SourceLabel } from '../components/decision-view';
import { RecommendationCard } from '../components/recommendation-card';
import { useDraftEditor } from '../lib/use-draft-editor';

/** `/cases/:caseId/board`: the disciplines' recommendations and the board's decision on one case. */
export function Component() {
  const { caseId = '' } = useParams();
  const user = useCurrentUser();
  const summary = useCaseSummary(caseId);
  const title = summary.data ? `Board: ${summary.data.patient.givenName} ${summary.data.patient.familyName}` : 'Board';
  return (
    <Page
      title={title}
      description={
        summary.data && (
          <Group gap="xs" component="span">
            <span>MRN {summary.data.patient.mrn}</span>
            <Badge variant="light">{CASE_STATUS_LABELS[summary.data.case.status]}</Badge>
          </Group>
        )
      }
      actions={
        <Anchor component={Link} to={paths.worklist}>
          Back to the worklist
        </Anchor>
      }
    >
      {summary.error && <ProblemAlert title="Could not load the case" error={summary.error} />}
      {user && <Board caseId={caseId} user={user} />}
    </Page>
  );
}

function Board({ caseId, user }: { caseId: string; user: CurrentUser }) {
  const recommendations = useRecommendations(caseId);
  const decisions = useDecisions(caseId);
  const lesions = useLesions(caseId);
  const latest = decisions.data?.[0];
  const editor = useDraftEditor(latest?.status === 'draft' ? latest : null);
  const canEditDecision = DECISION_EDITOR_ROLES.some((r) => user.roles.includes(r));

  const byDiscipline = new Map((recommendations.data ?? []).map((r) => [r.discipline, r]));
  const copiedItemIds = new Set(
    (editor?.form.items ?? []).map((i) => i.sourceItemId).filter((id): id is string => id !== null),
  );
  const sourceLabel: SourceLabel = (item) => {
    const rec = recommendations.data?.find((r) => r.id === item.sourceRecommendationId);
    return rec ? RECOMMENDING_DISCIPLINE_LABELS[rec.discipline] : null;
  };

  // Attendees: the people this page can see (recommendation authors, people already named on a
  // decision, and the signed-in user). The full user list is admin-only.
  const people = useMemo(() => {
    const found = new Map<string, Person>([[user.id, { id: user.id, name: user.name }]]);
    for (const r of recommendations.data ?? []) if (r.author) found.set(r.author.id, r.author);
    for (const d of decisions.data ?? []) {
      for (const a of d.attendees) found.set(a.id, a);
      for (const x of d.dissent) found.set(x.user.id, x.user);
      if (d.signedBy) found.set(d.signedBy.id, d.signedBy);
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [user, recommendations.data, decisions.data]);

  const onCopy =
    editor && canEditDecision
      ? (rec: Recommendation, stored: StoredItem) =>
          editor.setForm((f) => ({
            ...f,
            items: [
              ...f.items,
              {
                key: crypto.randomUUID(),
                item: stored.item,
                warnings: stored.warnings,
                description: stored.description,
                sourceRecommendationId: rec.id,
                sourceItemId: stored.id,
                dueBy: null,
              },
            ],
          }))
      : undefined;

  if (recommendations.isPending || decisions.isPending)
    return <Loader role="progressbar" aria-label="Loading the board" />;
  return (
    <Stack gap="xl">
      {recommendations.error && (
        <ProblemAlert title="Could not load the recommendations" error={recommendations.error} />
      )}
      <section aria-labelledby="recommendations-heading">
        <Title order={2} size="h3" id="recommendations-heading" mb="sm">
          Recommendations
        </Title>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {RECOMMENDING_DISCIPLINES.map((d) => (
            <RecommendationCard
              key={d}
              caseId={caseId}
              discipline={d}
              recommendation={byDiscipline.get(d)}
              canWrite={user.roles.includes(DISCIPLINE_ROLE[d])}
              lesions={lesions.data ?? []}
              onCopy={onCopy}
              copiedItemIds={copiedItemIds}
            />
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="decision-heading">
        <Title order={2} size="h3" id="decision-heading" mb="sm">
          Decision
        </Title>
        {decisions.error ? (
          <ProblemAlert title="Could not load the decisions" error={decisions.error} />
        ) : (
          <DecisionPanel
            caseId={caseId}
            decisions={decisions.data ?? []}
            editor={editor}
            user={user}
            lesions={lesions.data ?? []}
            people={people}
            sourceLabel={sourceLabel}
          />
        )}
        {!canEditDecision && (
          <Text size="sm" c="dimmed" mt="xs">
            Only the board&apos;s clinical members edit the decision.
          </Text>
        )}
      </section>
    </Stack>
  );
}
