import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="New referral"
      purpose="Refer a patient to the board: the clinical question, primary cancer, current therapy, assessments, lesions and imaging, checked for completeness before it is submitted."
    />
  );
}
