import type { Decision } from '@tumor-board/shared';
import { createCase, today } from '../../factories/clinical.js';
import {
  createDraftDecision,
  createRecommendation,
  createScheduledCase,
  createSignedDecision,
  painCareItem,
  radiotherapyItem,
  stabilisationItem,
  zoledronicAcidItem,
} from '../../factories/decisions.js';
import type { HostileRegistry } from './engine.js';
import type { World } from './world.js';

/** Values aimed at treatment items and follow-up fields. */
const DECISION_FIELD_VALUES: Record<string, readonly unknown[]> = {
  kind: ['radiotherapy ', 'RADIOTHERAPY', 'unknown_kind', 'constructor', '__proto__'],
  totalDoseGy: [0, -8, 1e308, 0.0001, 1000],
  fractions: [0, 1.5, 2 ** 31, -1],
  creatinineClearanceMlMin: [-1, 1e308, 0],
  horizonDays: [29, 31, 90.5, '30'],
  skeletalRelatedEvents: [['hypercalcaemia', 'hypercalcaemia'], Array.from({ length: 100 }, () => 'hypercalcaemia')],
};

const clinician = (world: World) => world.as('clinician');
const chair = (world: World) => world.as('chair');
const referrer = (world: World) => world.as('referrer');

/** A draft case referred by the world's referrer. */
const referredCase = async (world: World) => {
  const { case: created } = await createCase((await clinician(world)).client, {
    primaryCancer: 'breast',
    referringOncologistId: (await referrer(world)).user.id,
  });
  return world.remember(created);
};

/** A decision the chair signed, for a case the world's referrer referred (made once per key). */
const signed = (world: World, key: string) =>
  world.once(key, async () => {
    const { user: chairUser, client: chairClient } = await chair(world);
    const made = await createSignedDecision(
      world.t,
      {
        client: (await clinician(world)).client,
        chair: chairClient,
        chairId: chairUser.id,
        radiologist: (await world.as('radiologist')).client,
      },
      { case: { referringOncologistId: (await referrer(world)).user.id } },
    );
    world.remember(made.case);
    world.remember(made.decision);
    for (const item of made.decision.items) world.ids.add(item.id);
    return made;
  });

const decisionBody = async (world: World) => {
  const chairId = (await chair(world)).user.id;
  return {
    items: [{ item: radiotherapyItem(), dueBy: today() }, { item: zoledronicAcidItem(45) }],
    rationale: 'Unstable spine: stabilise first, then radiotherapy.',
    dissent: [{ userId: chairId, text: 'Would have preferred SBRT.' }],
    attendeeIds: [chairId],
  };
};

/** Recommendations, board decisions (draft, sign, amend) and the referrer's follow-up. */
export const DECISION_SPECS: HostileRegistry = {
  'POST /api/cases/:caseId/recommendations': {
    role: 'radiation_oncologist',
    setup: async (world) => {
      const boardCase = await referredCase(world);
      return {
        client: (await world.as('radiation_oncologist')).client,
        params: { caseId: boardCase.id },
        body: () => ({
          discipline: 'radiation_oncology',
          summary: 'Single fraction for pain.',
          items: [radiotherapyItem(), painCareItem()],
        }),
        fieldValues: DECISION_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/cases/:caseId/recommendations/:id': {
    role: 'surgeon',
    setup: async (world) => {
      const boardCase = await referredCase(world);
      const surgeon = (await world.as('surgeon')).client;
      const rec = world.remember(
        await createRecommendation(surgeon, boardCase.id, {
          discipline: 'surgical_oncology',
          items: [stabilisationItem()],
        }),
      );
      return {
        client: surgeon,
        params: { caseId: boardCase.id, id: rec.id },
        body: async () => ({
          version: await world.version('recommendation', rec.id),
          summary: 'Fix first.',
          items: [stabilisationItem()],
          status: 'proposed',
        }),
        fieldValues: DECISION_FIELD_VALUES,
      };
    },
  },
  'POST /api/cases/:caseId/decisions': {
    role: 'clinician',
    setup: async (world) => {
      const boardCase = await referredCase(world);
      const body = await decisionBody(world);
      return {
        client: (await clinician(world)).client,
        params: { caseId: boardCase.id },
        body: () => body,
        fieldValues: DECISION_FIELD_VALUES,
      };
    },
  },
  'PATCH /api/cases/:caseId/decisions/:id': {
    role: 'coordinator',
    setup: async (world) => {
      const boardCase = await referredCase(world);
      const coordinator = (await world.as('coordinator')).client;
      const body = await decisionBody(world);
      const draft: Decision = world.remember(await createDraftDecision(coordinator, boardCase.id, body));
      return {
        client: coordinator,
        params: { caseId: boardCase.id, id: draft.id },
        body: async () => ({ ...body, version: await world.version('board_decision', draft.id) }),
        fieldValues: DECISION_FIELD_VALUES,
      };
    },
  },
  'POST /api/cases/:caseId/decisions/:id/sign': {
    role: 'chair',
    setup: async (world) => {
      const { user: chairUser, client: chairClient } = await chair(world);
      const scheduled = await createScheduledCase(world.t, (await clinician(world)).client, {
        radiologist: (await world.as('radiologist')).client,
      });
      const draft = world.remember(
        await createDraftDecision(chairClient, scheduled.case.id, {
          items: [{ item: radiotherapyItem() }],
          attendeeIds: [chairUser.id],
        }),
      );
      return {
        client: chairClient,
        params: { caseId: scheduled.case.id, id: draft.id },
        body: async () => ({ version: await world.version('board_decision', draft.id) }),
      };
    },
  },
  'POST /api/cases/:caseId/decisions/:id/amendments': {
    role: 'chair',
    setup: async (world) => {
      const made = await signed(world, 'signed-for-amendment');
      return {
        client: (await chair(world)).client,
        params: { caseId: made.case.id, id: made.decision.id },
        body: () => ({ reason: 'The MRI was re-read: no cord compression.' }),
      };
    },
  },
  'POST /api/decisions/:id/acknowledge': {
    role: 'referrer',
    setup: async (world) => {
      const made = await signed(world, 'signed-for-follow-up');
      return { client: (await referrer(world)).client, params: { id: made.decision.id } };
    },
    numRuns: 6,
  },
  'PUT /api/decisions/:id/items/:itemId/outcome': {
    role: 'referrer',
    setup: async (world) => {
      const made = await signed(world, 'signed-for-follow-up');
      return {
        client: (await referrer(world)).client,
        params: { id: made.decision.id, itemId: made.decision.items[0]!.id },
        body: () => ({ status: 'modified', reason: 'Given as 20 Gy in 5 fractions.', occurredOn: today() }),
        fieldValues: DECISION_FIELD_VALUES,
      };
    },
  },
  'PUT /api/decisions/:id/outcomes': {
    role: 'referrer',
    setup: async (world) => {
      const made = await signed(world, 'signed-for-follow-up');
      return {
        client: (await referrer(world)).client,
        params: { id: made.decision.id },
        body: () => ({
          horizonDays: 30,
          assessedOn: today(),
          painResponse: 'partial',
          skeletalRelatedEvents: ['radiotherapy_to_bone'],
          neurology: 'intact',
          notes: 'Walking with a stick.',
        }),
        fieldValues: DECISION_FIELD_VALUES,
      };
    },
  },
};
