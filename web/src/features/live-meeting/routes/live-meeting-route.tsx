import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="Live meeting room"
      purpose="Follow a board meeting as it happens: the current case with its scores and skeleton map, each discipline's recommendations, and the decision as the chair writes it."
    />
  );
}
