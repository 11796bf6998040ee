import {
  SCORE_INPUT_SCHEMAS,
  SCORE_TOOLS,
  ScoreInputError,
  UnknownScoreToolError,
  calculateBilsky,
  calculateMirels,
  calculateNoms,
  calculateScore,
  calculateSins,
  calculateTokuhashi,
  calculateTomita,
  isScoreTool,
  toScoreInputIssues,
} from './index.js';

const VALID = {
  sins: {
    level: 'L3',
    pain: 'mechanical',
    lesion: 'lytic',
    alignment: 'normal',
    collapse: 'none',
    posterolateral: 'none',
  },
  mirels: { site: 'lower_limb', pain: 'functional', lesion: 'lytic', size: 'over_two_thirds' },
  bilsky: { grade: '1c' },
  tokuhashi: {
    generalCondition: 'moderate',
    extraspinalBoneFoci: 1,
    vertebralBodyMetastases: 2,
    majorOrganMetastases: 'none',
    primarySite: 'breast',
    palsy: 'E',
  },
  tomita: { primaryGrowth: 'moderate', visceralMetastases: 'treatable', boneMetastases: 'multiple' },
  noms: { escc: '2', neurology: 'myelopathy', radiosensitivity: 'resistant', sins: 9, ecog: 1, systemic: 'favourable' },
} as const;

const DIRECT = {
  sins: calculateSins,
  mirels: calculateMirels,
  bilsky: calculateBilsky,
  tokuhashi: calculateTokuhashi,
  tomita: calculateTomita,
  noms: calculateNoms,
};

describe('score dispatcher', () => {
  it('lists the six tools', () => {
    expect([...SCORE_TOOLS]).toEqual(['sins', 'mirels', 'bilsky', 'tokuhashi', 'tomita', 'noms']);
  });

  it.each(SCORE_TOOLS)('dispatches %s to its calculator', (tool) => {
    const result = calculateScore(tool, VALID[tool]);
    expect(result).toEqual(DIRECT[tool](VALID[tool]));
    expect(result.tool).toBe(tool);
    expect(result.source.length).toBeGreaterThan(20);
    expect(result.interpretation.length).toBeGreaterThan(20);
  });

  it('returns the expected totals for the sample inputs', () => {
    // SINS L3 mobile 2 + mechanical 3 + lytic 2 = 7; Mirels 2+3+3+3 = 11; Bilsky 1c rank 3;
    // Tokuhashi 1+1+1+2+5+2 = 12; Tomita 2+2+2 = 6; NOMS has no total.
    expect(SCORE_TOOLS.map((tool) => calculateScore(tool, VALID[tool]).total)).toEqual([7, 11, 3, 12, 6, null]);
  });

  it('throws UnknownScoreToolError for an unknown tool name', () => {
    expect(() => calculateScore('spinal', {})).toThrow(UnknownScoreToolError);
    expect(isScoreTool('spinal')).toBe(false);
    expect(isScoreTool('noms')).toBe(true);
  });

  it('throws ScoreInputError carrying the tool and every issue, never a partial result', () => {
    let caught: unknown;
    try {
      calculateScore('tomita', { primaryGrowth: 'slow' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScoreInputError);
    const error = caught as ScoreInputError;
    expect(error.tool).toBe('tomita');
    expect(error.issues.map((i) => i.component)).toEqual(['visceralMetastases', 'boneMetastases']);
    expect(error.message).toMatch(/visceralMetastases: is required; boneMetastases: is required/);
  });

  it('exposes each input schema, and turns its issues into the same per-component list', () => {
    for (const tool of SCORE_TOOLS) {
      expect(SCORE_INPUT_SCHEMAS[tool].safeParse(VALID[tool]).success).toBe(true);
    }
    const parsed = SCORE_INPUT_SCHEMAS.mirels.safeParse({ site: 'upper_limb', pain: 'severe', x: 1, y: 2 });
    expect(parsed.success).toBe(false);
    const issues = parsed.error ? toScoreInputIssues(parsed.error.issues) : [];
    expect(issues.map((i) => i.component)).toEqual(['pain', 'lesion', 'size', 'x', 'y']);
  });
});
