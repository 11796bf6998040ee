import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="Worklist"
      purpose="Find and triage referred cases by status, urgency and meeting, then open a case to review its summary, lesions on the skeleton map, imaging, assessments, recommendations, decision and history."
    />
  );
}
