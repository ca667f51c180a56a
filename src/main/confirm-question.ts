/** A question main asks the user in a native dialog it shows itself, never one a page draws or answers. */
export interface ConfirmQuestion {
  title: string;
  message: string;
  detail: string;
  /** The label of the button that agrees; the other button cancels. */
  confirmLabel: string;
}

/** Shows the question; true only when the user chose the confirming button. */
export type Confirm = (question: ConfirmQuestion) => Promise<boolean>;
