import { type ApiClient, ApiError } from '@interlude/api-client';
import type { AddSafetyPlanEntryRequest, SafetyPlan } from '@interlude/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLINIC_ID, clientMe, portalHome } from '../../../test-utils/fixtures';
import { renderRoute } from '../../../test-utils/render-route';

const signedIn = (api: Partial<ApiClient>): Partial<ApiClient> => ({
  getMe: () => Promise.resolve(clientMe),
  getPortalHome: () => Promise.resolve(portalHome()),
  ...api,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('My safety plan', () => {
  it('shows all seven sections in Stanley–Brown order, with phone numbers as tel: links', async () => {
    renderRoute('/safety-plan', { apiClient: signedIn({}) });

    expect(await screen.findByRole('heading', { level: 1, name: 'My safety plan' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Signs that things are getting harder',
      'Things I can do on my own to feel better',
      'People and places that take my mind off things',
      'People I can ask for help',
      'Professionals and services I can contact',
      'Making my surroundings safer',
      'My reasons for living',
    ]);
    expect(screen.getByRole('region', { name: 'Signs that things are getting harder' })).toHaveTextContent(
      'Not sleeping',
    );
    expect(screen.getByRole('link', { name: 'Call Dr Ada Okafor on 020 7946 0001' })).toHaveAttribute(
      'href',
      'tel:02079460001',
    );
    expect(screen.getByRole('region', { name: 'Making my surroundings safer' })).toHaveTextContent(
      'Keep medication with Jo',
    );
  });

  it('adds a coping strategy: posts the right body, shows it at once, keeps focus, then confirms', async () => {
    const saved = deferred<SafetyPlan>();
    const addOwnSafetyPlanEntry = jest
      .fn<Promise<SafetyPlan>, [string, AddSafetyPlanEntryRequest]>()
      .mockReturnValue(saved.promise);
    renderRoute('/safety-plan', { apiClient: signedIn({ addOwnSafetyPlanEntry }) });

    const section = await screen.findByRole('region', { name: 'Things I can do on my own to feel better' });
    const input = within(section).getByLabelText('Add a coping strategy');
    input.focus();
    fireEvent.change(input, { target: { value: '  Breathe in for four, out for six  ' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);

    await waitFor(() =>
      expect(addOwnSafetyPlanEntry).toHaveBeenCalledWith(CLINIC_ID, {
        section: 'copingStrategies',
        text: 'Breathe in for four, out for six',
      }),
    );
    const items = () =>
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    await waitFor(() =>
      expect(items()).toEqual(['Walk by the river', 'Breathe in for four, out for six Saving…']),
    );
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();

    const plan = portalHome().safetyPlan;
    saved.resolve({
      ...plan,
      version: 4,
      copingStrategies: [
        ...plan.copingStrategies,
        { text: 'Breathe in for four, out for six', addedBy: 'client' },
      ],
    });
    expect(await within(section).findByText('Added to your safety plan.')).toBeInTheDocument();
    expect(items()).toEqual(['Walk by the river', 'Breathe in for four, out for six (added by you)']);
    expect(input).toHaveFocus();
  });

  it('adds something that helps distract me to the distractions section', async () => {
    const addOwnSafetyPlanEntry = jest
      .fn()
      .mockImplementation((_clinicId, body: AddSafetyPlanEntryRequest) => {
        const plan = portalHome().safetyPlan;
        return Promise.resolve({
          ...plan,
          distractions: [...plan.distractions, { text: body.text, addedBy: 'client' }],
        });
      });
    renderRoute('/safety-plan', { apiClient: signedIn({ addOwnSafetyPlanEntry }) });

    const section = await screen.findByRole('region', {
      name: 'People and places that take my mind off things',
    });
    fireEvent.change(within(section).getByLabelText('Add something that helps distract me'), {
      target: { value: 'Call into the climbing wall' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Add' }));

    expect(await within(section).findByText('Added to your safety plan.')).toBeInTheDocument();
    expect(addOwnSafetyPlanEntry).toHaveBeenCalledWith(CLINIC_ID, {
      section: 'distractions',
      text: 'Call into the climbing wall',
    });
    expect(section).toHaveTextContent('Call into the climbing wall');
  });

  it('takes the line back out and gives the text back when saving fails', async () => {
    const addOwnSafetyPlanEntry = jest
      .fn()
      .mockRejectedValue(ApiError.network(new TypeError('Failed to fetch')));
    renderRoute('/safety-plan', { apiClient: signedIn({ addOwnSafetyPlanEntry }) });

    const section = await screen.findByRole('region', { name: 'Things I can do on my own to feel better' });
    const input = within(section).getByLabelText('Add a coping strategy');
    fireEvent.change(input, { target: { value: 'Cold water on my face' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);

    expect(await within(section).findByText(/^Not saved\./)).toBeInTheDocument();
    expect(input).toHaveValue('Cold water on my face');
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Walk by the river']);
  });

  it('asks for a few words instead of posting an empty line', async () => {
    const addOwnSafetyPlanEntry = jest.fn();
    renderRoute('/safety-plan', { apiClient: signedIn({ addOwnSafetyPlanEntry }) });

    const section = await screen.findByRole('region', { name: 'Things I can do on my own to feel better' });
    fireEvent.click(within(section).getByRole('button', { name: 'Add' }));
    expect(await within(section).findByText('Write a few words first.')).toBeInTheDocument();
    expect(addOwnSafetyPlanEntry).not.toHaveBeenCalled();
  });
});
