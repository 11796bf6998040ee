/**
 * After a refused submit, moves focus to the first field marked invalid, once the errors have
 * rendered, so keyboard and screen-reader users land where the form needs them.
 */
export function focusFirstError(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
