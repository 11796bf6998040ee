import { useState } from 'react';
import type { Decision } from '@tumor-board/shared';
import { formFromDecision, sameForm, type DraftForm } from './draft-form';

export interface DraftEditor {
  /** The server version the edit is based on (sent as `version`). */
  base: Decision;
  form: DraftForm;
  dirty: boolean;
  setForm: (update: (form: DraftForm) => DraftForm) => void;
  /** Start again from `decision` (after saving, or to drop one's edit in a conflict). */
  reset: (decision: Decision) => void;
  /** Keep the form, but base it on `decision`: reapplies one's edit on top of someone else's. */
  rebase: (decision: Decision) => void;
}

/**
 * Local edit of the open draft decision. A newer version from the server replaces the form only
 * while there is no unsaved edit; otherwise the edit stays, and saving it reports the conflict.
 */
export function useDraftEditor(draft: Decision | null): DraftEditor | null {
  const [state, setState] = useState<{ base: Decision; form: DraftForm } | null>(null);
  const dirty = state !== null && !sameForm(state.form, formFromDecision(state.base));

  // Adopt the server's draft during render (no effect, no flash of stale content).
  if (draft && (!state || state.base.id !== draft.id || (!dirty && state.base.version < draft.version))) {
    setState({ base: draft, form: formFromDecision(draft) });
  } else if (!draft && state) {
    setState(null);
  }
  if (!draft || !state || state.base.id !== draft.id) return null;
  return {
    base: state.base,
    form: state.form,
    dirty,
    setForm: (update) => setState((s) => (s ? { ...s, form: update(s.form) } : s)),
    reset: (decision) => setState({ base: decision, form: formFromDecision(decision) }),
    rebase: (decision) => setState((s) => (s ? { base: decision, form: s.form } : s)),
  };
}
