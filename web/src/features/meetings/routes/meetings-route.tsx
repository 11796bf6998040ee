import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="Meetings"
      purpose="Plan the board's meetings: recurring series on a calendar, an agenda built from ready cases, and attendance by discipline for quorum."
    />
  );
}
