import { Button } from '@mantine/core';
import { letterUrl } from '../api/letter-url';

/** The letter to the referring oncologist (PDF), as a download link. */
export function LetterButton({ caseId, decisionId }: { caseId: string; decisionId: string }) {
  return (
    <Button component="a" href={letterUrl(caseId, decisionId)} download size="xs" variant="light">
      Download letter
    </Button>
  );
}
