import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="Score calculators"
      purpose="Work out SINS, Mirels and Bilsky ESCC grades for a lesion with the same rules the case pages use."
    />
  );
}
