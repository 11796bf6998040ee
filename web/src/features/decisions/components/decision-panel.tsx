import { lazy, Suspense, useState } from 'react';
import { Button, Card, Loader, Stack, Text } from '@mantine/core';
import type { CurrentUser, Decision } from '@tumor-board/shared';
import { hasAnyRole } from '../../auth/api/get-session';
import { useCreateDecision } from '../api/create-decision';
import type { BoardLesion } from '../api/get-lesions';
import type { DraftEditor } from '../lib/use-draft-editor';
import { ApiProblem } from './api-problem';
import { DecisionView, type SourceLabel } from './decision-view';
import { LetterButton } from './letter-button';

// Editing code (item form, modals) loads only for those who edit or sign.
const DraftEditorCard = lazy(() => import('./draft-editor-card').then((m) => ({ default: m.DraftEditorCard })));
const AmendModal = lazy(() => import('./draft-editor-card').then((m) => ({ default: m.AmendModal })));

export interface Person {
  id: string;
  name: string;
}

/** Roles that may open and edit the draft (the server's CLINICAL_ROLES); only the chair signs. */
export const DECISION_EDITOR_ROLES = [
  'coordinator',
  'clinician',
  'radiologist',
  'interventional_radiologist',
  'radiation_oncologist',
  'surgeon',
  'medical_oncologist',
  'chair',
] as const;

export interface DecisionPanelProps {
  caseId: string;
  decisions: readonly Decision[];
  editor: DraftEditor | null;
  user: CurrentUser;
  lesions: readonly BoardLesion[];
  /** People who can be named as present or dissenting. */
  people: readonly Person[];
  sourceLabel: SourceLabel;
}

/** The board's decision: open the draft, edit it together, sign (chair); amend a signed one. */
export function DecisionPanel(props: DecisionPanelProps) {
  const { caseId, decisions, editor, user, sourceLabel } = props;
  const canEdit = hasAnyRole(user, DECISION_EDITOR_ROLES);
  const isChair = hasAnyRole(user, ['chair']);
  const create = useCreateDecision(caseId);
  const [amending, setAmending] = useState<Decision | null>(null);
  const latest = decisions[0];
  const signed = decisions.filter((d) => d.status === 'signed');

  return (
    <Stack gap="md">
      {!latest && (
        <Card withBorder padding="md">
          <Stack gap="xs" align="flex-start">
            <Text>No decision yet.</Text>
            {canEdit && (
              <Button onClick={() => create.mutate({ attendeeIds: [user.id] })} loading={create.isPending}>
                Open draft decision
              </Button>
            )}
            {create.error && <ApiProblem title="Could not open the draft" error={create.error} />}
          </Stack>
        </Card>
      )}
      {latest?.status === 'draft' &&
        (canEdit && editor ? (
          <Suspense fallback={<Loader role="progressbar" aria-label="Loading the editor" />}>
            <DraftEditorCard {...props} editor={editor} isChair={isChair} />
          </Suspense>
        ) : (
          <DecisionView decision={latest} sourceLabel={sourceLabel} />
        ))}
      {signed.map((d) => (
        <DecisionView
          key={d.id}
          decision={d}
          sourceLabel={sourceLabel}
          actions={
            <>
              {isChair && d.id === latest?.id && (
                <Button size="xs" variant="default" onClick={() => setAmending(d)}>
                  Amend
                </Button>
              )}
              <LetterButton caseId={caseId} decisionId={d.id} />
            </>
          }
        />
      ))}
      {amending && (
        <Suspense fallback={null}>
          <AmendModal caseId={caseId} decision={amending} onClose={() => setAmending(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
