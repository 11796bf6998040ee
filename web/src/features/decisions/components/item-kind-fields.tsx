import { AblationFields, SurgeryFields } from './item-procedure-fields';
import {
  BiopsyFields,
  FreeTextFields,
  FurtherImagingFields,
  SupportiveCareFields,
  SystemicTherapyChangeFields,
} from './item-other-fields';
import { BoneModifyingAgentFields, RadiopharmaceuticalFields } from './item-drug-fields';
import type { KindFieldsProps } from './item-field-helpers';
import { RadiotherapyFields } from './item-radiotherapy-fields';

/** The fields of the item's kind. */
export function KindFields(props: KindFieldsProps) {
  switch (props.f.kind) {
    case 'radiotherapy':
      return <RadiotherapyFields {...props} />;
    case 'ablation':
      return <AblationFields {...props} />;
    case 'surgery':
      return <SurgeryFields {...props} />;
    case 'bone_modifying_agent':
      return <BoneModifyingAgentFields {...props} />;
    case 'radiopharmaceutical':
      return <RadiopharmaceuticalFields {...props} />;
    case 'systemic_therapy_change':
      return <SystemicTherapyChangeFields {...props} />;
    case 'further_imaging':
      return <FurtherImagingFields {...props} />;
    case 'biopsy':
      return <BiopsyFields {...props} />;
    case 'supportive_care':
      return <SupportiveCareFields {...props} />;
    default:
      return <FreeTextFields {...props} />;
  }
}
