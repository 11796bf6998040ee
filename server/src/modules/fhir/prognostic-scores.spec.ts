import type { SkeletalSite } from '@tumor-board/shared';
import { tokuhashiFromRecord, tomitaFromRecord, type RecordFacts } from './prognostic-scores.js';

const spine = (level: 'T12' | 'L2' | 'C5' | 'T4'): SkeletalSite => ({ region: 'spine', level });
const FEMUR: SkeletalSite = { region: 'femur', segment: 'shaft' };
const RIB: SkeletalSite = { region: 'rib', number: 7 };
const ILIUM: SkeletalSite = { region: 'pelvis', part: 'ilium' };

const facts = (over: Partial<RecordFacts> = {}): RecordFacts => ({
  primaryCancer: 'breast',
  otherMetastaticSites: { boneOnly: true, sites: [] },
  lesionSites: [spine('T12'), spine('L2'), spine('C5'), FEMUR, RIB, ILIUM],
  karnofsky: 80,
  neurology: 'intact',
  ...over,
});

describe('Tokuhashi and Tomita derived from the record', () => {
  it('computes both when every input is certain', () => {
    // Tokuhashi: KPS 80 good 2 + ≥3 extraspinal 0 + ≥3 vertebral 0 + no organ mets 2 + breast 5 + Frankel E 2.
    const tokuhashi = tokuhashiFromRecord(facts());
    expect(tokuhashi.status === 'complete' && tokuhashi.result.total).toBe(11);
    // Tomita: slow 1 + no visceral 0 + multiple 2.
    const tomita = tomitaFromRecord(facts());
    expect(tomita.status === 'complete' && tomita.result.total).toBe(3);
  });

  it('counts lesions only where the count already earns the worst points', () => {
    expect(tokuhashiFromRecord(facts({ lesionSites: [spine('T12'), spine('L2'), FEMUR, RIB, ILIUM] }))).toEqual({
      status: 'not_derivable',
      missing: ['vertebralBodyMetastases'],
    });
    // The same level twice is one vertebral body; the sacrum counts for neither item.
    const sites = [spine('T12'), spine('T12'), spine('L2'), { region: 'sacrum' } as SkeletalSite, FEMUR, RIB];
    expect(tokuhashiFromRecord(facts({ lesionSites: sites }))).toEqual({
      status: 'not_derivable',
      missing: ['vertebralBodyMetastases', 'extraspinalBoneFoci'],
    });
    expect(tomitaFromRecord(facts({ lesionSites: [FEMUR] }))).toEqual({
      status: 'not_derivable',
      missing: ['boneMetastases'],
    });
  });

  it('never guesses a primary, a visceral judgement, a Frankel grade or the general condition', () => {
    expect(
      tokuhashiFromRecord(
        facts({
          primaryCancer: 'melanoma',
          otherMetastaticSites: { boneOnly: false, sites: ['liver'] },
          karnofsky: null,
          neurology: 'radiculopathy',
        }),
      ),
    ).toEqual({
      status: 'not_derivable',
      missing: ['generalCondition', 'majorOrganMetastases', 'primarySite', 'palsy'],
    });
    expect(tomitaFromRecord(facts({ primaryCancer: 'myeloma', otherMetastaticSites: null }))).toEqual({
      status: 'not_derivable',
      missing: ['primaryGrowth', 'visceralMetastases'],
    });
    // Lymph nodes are not visceral: Tomita's visceral item is "none".
    const nodes = tomitaFromRecord(facts({ otherMetastaticSites: { boneOnly: false, sites: ['lymph_nodes'] } }));
    expect(nodes.status === 'complete' && nodes.input.visceralMetastases).toBe('none');
  });
});
