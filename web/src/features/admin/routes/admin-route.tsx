import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="Admin"
      purpose="Manage users, their disciplines and roles, and the board's meeting series."
    />
  );
}
