import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from './icons';

interface DialogProps {
  open: boolean;
  title: string;
  /** On the <dialog> element; optional because every test id must be in the README's table. */
  testId?: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned at the bottom. A dialog without a footer gets a close (×) button in its header. */
  footer?: ReactNode;
  /** small: a question; medium (default): a short form; large: a table of facts such as Diagnostics. */
  size?: 'small' | 'medium' | 'large';
}

/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus
 * trap, Escape and the inert background that a hand-written overlay would
 * have to imitate. On opening, focus goes to the control marked
 * `data-autofocus` or else to the title, so a screen reader starts with what
 * the dialog is about; a click on the backdrop closes it like Escape.
 */
export function Dialog({ open, title, testId, onClose, children, footer, size = 'medium' }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Only a press that starts and ends on the backdrop closes: a text selection dragged out of the dialog does not.
  const pressStartedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('.dialog-title');
      first?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      data-testid={testId}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onPointerDown={(event) => (pressStartedOnBackdrop.current = event.target === event.currentTarget)}
      onClick={(event) => {
        if (pressStartedOnBackdrop.current && event.target === event.currentTarget) onClose();
        pressStartedOnBackdrop.current = false;
      }}
    >
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId} className="dialog-title" tabIndex={-1}>
              {title}
            </h2>
            {!footer && (
              <button type="button" className="dialog-close" aria-label={t('ui.close')} title={t('ui.close')} onClick={onClose}>
                <X size={20} aria-hidden="true" />
              </button>
            )}
          </div>
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

/** The app's replacement for window.confirm: same two choices, styled, translated, testable. Focus starts on Cancel, the safe answer. */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, testId, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      testId={testId}
      size="small"
      onClose={onCancel}
      footer={
        <>
          <button type="button" data-testid={`${testId}-cancel`} onClick={onCancel} data-autofocus>
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
