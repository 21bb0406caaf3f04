// @vitest-environment jsdom
import { act, Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyAfterMainContent, mainContentShown } from '../../../../src/ui/app/first-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Greeting({ name }: { name: string }) {
  return <b>Hallo {name}</b>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: String(error) };
  }
  render() {
    return this.state.error ? <i>{this.state.error}</i> : this.props.children;
  }
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
});

/** Lets the loads' promise chains and React's effects run. */
const settle = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

describe('lazyAfterMainContent', () => {
  const load = vi.fn(() => Promise.resolve({ default: Greeting }));
  const Lazy = lazyAfterMainContent(load, ({ name }: { name: string }) => <span>… {name}</span>);

  it('shows the placeholder and loads nothing before the main content is on screen', async () => {
    // No Suspense boundary anywhere: a component that suspended would make React fail here.
    act(() => root.render(<Lazy name="Aue" />));
    await settle();
    expect(container.textContent).toBe('… Aue');
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once the main content is shown, then renders the component without suspending', async () => {
    act(() => root.render(<Lazy name="Aue" />));
    mainContentShown();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(container.innerHTML).toBe('<b>Hallo Aue</b>');
    // Mounted again later: the component at once, no placeholder in between.
    act(() => root.render(<Lazy key="again" name="Neustadt" />));
    expect(container.innerHTML).toBe('<b>Hallo Neustadt</b>');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps the placeholder when the module cannot be loaded, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Failing = lazyAfterMainContent(() => Promise.reject(new Error('chunk missing')));
    act(() =>
      root.render(
        <Boundary>
          <p>Karte</p>
          <Failing />
        </Boundary>,
      ),
    );
    await settle();
    // The page around it stays (no error reaches the boundary).
    expect(container.innerHTML).toBe('<p>Karte</p>');
    expect(String(warn.mock.calls[0]?.[1])).toBe('Error: chunk missing');
  });
});
