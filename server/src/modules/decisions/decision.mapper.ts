import type { Decision } from '@tumor-board/shared';
import type { AppUser } from '../users/user.entity.js';
import type { BoardDecision } from './board-decision.entity.js';

export interface DecisionContext {
  people: ReadonlyMap<string, Pick<AppUser, 'id' | 'name'>>;
  supersededIds: ReadonlySet<string>;
  acknowledgedAt: ReadonlyMap<string, Date>;
}

const person = (people: DecisionContext['people'], id: string) => ({ id, name: people.get(id)?.name ?? 'Former user' });

export const toDecisionView = (d: BoardDecision, ctx: DecisionContext): Decision => ({
  id: d.id,
  caseId: d.caseId,
  meetingId: d.meetingId,
  sequence: d.sequence,
  supersedesId: d.supersedesId,
  amendmentReason: d.amendmentReason,
  status: d.signedAt ? 'signed' : 'draft',
  items: d.items,
  rationale: d.rationale,
  dissent: d.dissent.map((x) => ({ user: person(ctx.people, x.userId), text: x.text })),
  attendees: d.attendeeIds.map((id) => person(ctx.people, id)),
  signedBy: d.signedById ? person(ctx.people, d.signedById) : null,
  signedAt: d.signedAt?.toISOString() ?? null,
  superseded: ctx.supersededIds.has(d.id),
  acknowledgedAt: ctx.acknowledgedAt.get(d.id)?.toISOString() ?? null,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  version: d.version,
});

/** Everyone a set of decisions names: dissenters, attendees, signers. */
export const peopleIn = (decisions: readonly BoardDecision[]): string[] => [
  ...new Set(
    decisions.flatMap((d) => [
      ...d.attendeeIds,
      ...d.dissent.map((x) => x.userId),
      ...(d.signedById ? [d.signedById] : []),
    ]),
  ),
];
