import { Page } from '../../components/page';
import { ServerHealthPanel } from '../../features/health/components/server-health-panel';

export function Component() {
  return (
    <Page
      title="Overview"
      description="Case review for the multidisciplinary bone-metastasis tumor board. Choose a section from the navigation."
    >
      <ServerHealthPanel />
    </Page>
  );
}
