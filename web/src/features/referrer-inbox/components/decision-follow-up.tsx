import { Button, Loader, Stack, Text } from '@mantine/core';
import type { InboxEntry } from '@tumor-board/shared';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/labels';
import { useDecisions } from '../../decisions/api/get-decisions';
import { LetterButton } from '../../decisions/components/letter-button';
import { DecisionView } from '../../decisions/components/decision-view';
import { useAcknowledgeDecision } from '../api/acknowledge-decision';
import { useFollowUp } from '../api/get-follow-up';
import { CaseOutcomeForm } from './case-outcome-form';
import { ItemOutcomeForm } from './item-outcome-form';

/** One signed decision as the referring oncologist follows it up. */
export function DecisionFollowUp({ entry }: { entry: InboxEntry }) {
  const decisions = useDecisions(entry.caseId);
  const followUp = useFollowUp(entry.decisionId);
  const acknowledge = useAcknowledgeDecision();
  const decision = decisions.data?.find((d) => d.id === entry.decisionId);

  if (decisions.isPending || followUp.isPending) return <Loader role="progressbar" aria-label="Loading the decision" />;
  if (decisions.error) return <ProblemAlert title="Could not load the decision" error={decisions.error} />;
  if (followUp.error) return <ProblemAlert title="Could not load the follow-up" error={followUp.error} />;
  if (!decision) return <Text>This decision is no longer available.</Text>;
  const fu = followUp.data;
  const newer = decisions.data.find((d) => d.status === 'signed' && d.supersedesId === decision.id);

  return (
    <Stack gap="md" data-testid="decision-follow-up">
      {newer && (
        <Text c="orange" fw={500}>
          This decision was amended; the amendment is listed separately.
        </Text>
      )}
      <DecisionView
        decision={decision}
        actions={
          <>
            {fu.acknowledgedAt ? (
              <Text size="sm" c="teal.9" fw={500} data-testid="acknowledged">
                Acknowledged {formatDateTime(fu.acknowledgedAt)}
                {fu.acknowledgedBy && ` by ${fu.acknowledgedBy.name}`}
              </Text>
            ) : (
              <Button size="xs" onClick={() => acknowledge.mutate(decision.id)} loading={acknowledge.isPending}>
                Acknowledge
              </Button>
            )}
            <LetterButton caseId={decision.caseId} decisionId={decision.id} />
          </>
        }
        itemExtra={(item) => (
          <ItemOutcomeForm
            key={`${item.id}:${fu.itemOutcomes.find((o) => o.itemId === item.id)?.recordedAt ?? ''}`}
            decisionId={decision.id}
            itemId={item.id}
            description={item.description}
            outcome={fu.itemOutcomes.find((o) => o.itemId === item.id)}
          />
        )}
      />
      {acknowledge.error && <ProblemAlert title="Could not acknowledge the decision" error={acknowledge.error} />}
      <CaseOutcomeForm decisionId={decision.id} outcomes={fu.outcomes} />
    </Stack>
  );
}
