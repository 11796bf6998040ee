import { PlaceholderPage } from '../../../components/placeholder-page';

export function Component() {
  return (
    <PlaceholderPage
      title="My recommendations"
      purpose="For referring oncologists: the board's signed decisions on your patients, to acknowledge and to record whether they were carried out."
    />
  );
}
