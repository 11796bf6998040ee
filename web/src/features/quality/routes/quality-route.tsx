import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="Quality dashboard"
      purpose="Track how the board is doing: time from referral to decision, cases discussed per meeting, quorum, and how often recommendations are carried out."
    />
  );
}
