import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  footer?: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus
 * trap, Escape and the inert background that a hand-written overlay would
 * have to imitate.
 */
export function Dialog({ open, title, testId, onClose, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={`${testId}-title`} className="dialog-title">
            {title}
          </h2>
          <div className="dialog-body">{children}</div>
          {footer && <div className="dialog-footer">{footer}</div>}
        </>
      )}
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Ids: `<testId>`, `<testId>-confirm`, `<testId>-cancel`. */
  testId: string;
  /** A destructive confirmation (remove, reset) gets the danger style. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The app's replacement for window.confirm: same two choices, styled, translated, testable. */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, testId, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      testId={testId}
      onClose={onCancel}
      footer={
        <>
          <button type="button" data-testid={`${testId}-cancel`} onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} data-testid={`${testId}-confirm`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {body}
    </Dialog>
  );
}
