import {
  RADIOTHERAPY_TECHNIQUE_LABELS,
  doseCGy,
  dosePerFractionGy,
  findRegimen,
  formatGy,
  formatPrescription,
} from './radiotherapy-regimens.js';
import type { RadiotherapyItem } from './recommendation-kinds.js';
import type { SafetyWarning } from './safety-warning.js';
import { APP_HEURISTIC_SOURCE, ASTRO_2024_SOURCE } from './sources.js';

/*
 * Prescription prompts for radiotherapy items. Free entry is allowed (reference §9: "validate known
 * regimens but allow free entry"), so a prescription outside the catalogue is only an info prompt.
 *
 * A conventional-technique prescription with more than 12 Gy per fraction is flagged as looking like
 * SBRT. The threshold is an app heuristic [M]: the largest conventional fraction in ASTRO 2024 is
 * 8 Gy, and the catalogue's SBRT regimens give 12 Gy (SC.24, 24 Gy/2) to 24 Gy per fraction. Doubt:
 * at exactly 12 Gy per fraction (24 Gy/2 entered as conventional) this rule is silent, as the brief
 * set it; the not-in-catalogue prompt still fires for it.
 */

/** Conventional EBRT above this dose per fraction (Gy), strictly, is flagged. */
export const CONVENTIONAL_MAX_DOSE_PER_FRACTION_GY = 12;

export function checkRadiotherapy(item: RadiotherapyItem): SafetyWarning[] {
  const warnings: SafetyWarning[] = [];
  const prescription = formatPrescription(item.totalDoseGy, item.fractions);
  // Compared in whole cGy so float division cannot tip an exact 12 Gy over the line.
  if (
    item.technique === 'conventional_ebrt' &&
    doseCGy(item.totalDoseGy) > doseCGy(CONVENTIONAL_MAX_DOSE_PER_FRACTION_GY) * item.fractions
  ) {
    warnings.push({
      code: 'radiotherapy_conventional_high_dose_per_fraction',
      severity: 'warning',
      message: `${prescription} is ${formatGy(dosePerFractionGy(item.totalDoseGy, item.fractions))} Gy per fraction, more than ${CONVENTIONAL_MAX_DOSE_PER_FRACTION_GY} Gy, with conventional EBRT: this looks like SBRT — check the technique and the dose.`,
      source: APP_HEURISTIC_SOURCE,
    });
  }
  if (findRegimen(item.technique, item.totalDoseGy, item.fractions) === null) {
    warnings.push({
      code: 'radiotherapy_not_catalogue_regimen',
      severity: 'info',
      message: `${RADIOTHERAPY_TECHNIQUE_LABELS[item.technique]} ${prescription} is not a catalogue regimen — check the prescription. Free entry is allowed; the catalogue is guidance.`,
      source: ASTRO_2024_SOURCE,
    });
  }
  return warnings;
}
