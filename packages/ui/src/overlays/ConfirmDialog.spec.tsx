import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithTheme } from '../testing/render-with-theme';
import { ConfirmDialog } from './ConfirmDialog';

function renderDialog(overrides: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  renderWithTheme(
    <ConfirmDialog
      opened
      title="Deactivate Dana Reyes?"
      confirmLabel="Deactivate"
      tone="danger"
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...overrides}
    >
      They will be signed out.
    </ConfirmDialog>,
  );
  return { onConfirm, onCancel };
}

describe('ConfirmDialog', () => {
  it('is a labelled dialog that starts on the safe choice', async () => {
    renderDialog();

    const dialog = screen.getByRole('dialog', { name: 'Deactivate Dana Reyes?' });
    expect(dialog).toHaveTextContent('They will be signed out.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
  });

  it('confirms and cancels on request', () => {
    const { onConfirm, onCancel } = renderDialog();

    fireEvent.click(screen.getByRole('button', { name: 'Deactivate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows why the action failed', () => {
    renderDialog({ error: 'The server could not be reached.' });

    expect(screen.getByRole('alert')).toHaveTextContent('The server could not be reached.');
  });
});
