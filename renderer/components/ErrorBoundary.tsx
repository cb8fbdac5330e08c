/**
 * Contained failures (issue 20): one bad record — an RSS item link like `https://[bad/t/…`
 * that made `new URL()` throw in the item view — unmounted the whole UI to a white screen
 * and lost unsaved input. A boundary around each view and each record card catches what its
 * subtree throws while rendering and shows, in its place, which record could not be shown and
 * why in words, with "Try again"; everything outside it (navigation, other records, forms
 * and what is typed in them) stays mounted. It resets itself when `resetKeys` change (another
 * record is opened). Errors in event handlers are not render errors and go through
 * runAction's notices as before.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorInWords } from '../../shared/errors/zod-words';

type Props = {
  /** What is shown inside, as the start of a sentence: "This update", "The Items view". */
  what: string;
  /** A record card says the other records are fine; a view, that the rest of the app is. */
  scope: 'record' | 'view';
  /** When any of these change (e.g. the record's id), a failed boundary tries again. */
  resetKeys?: readonly unknown[];
  children: ReactNode;
};

type State = { error: unknown; hasError: boolean; keys: readonly unknown[] | undefined };

const sameKeys = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((k, i) => Object.is(k, b[i])));

/** The sentence shown in place of what failed. */
export function failureMessage(what: string, scope: Props['scope'], error: unknown): string {
  const why = errorInWords(error).replace(/[.\s]+$/, '');
  return `${what} could not be shown: ${why}. ${scope === 'record' ? 'Other records are fine.' : 'The rest of the app is fine.'}`;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, hasError: false, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (sameKeys(props.resetKeys, state.keys)) return null;
    return { keys: props.resetKeys, hasError: false, error: undefined };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever debugs it; the member sees the sentence below, never the stack.
    console.error(`${this.props.what} could not be shown`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ hasError: false, error: undefined });

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return (
      <div className={`banner is-error contained-failure is-${this.props.scope}`} role="alert">
        <span>{failureMessage(this.props.what, this.props.scope, this.state.error)}</span>
        <button type="button" className="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}

/** A boundary around one record card (item, update, decision, meeting). */
export function RecordBoundary(props: { what: string; recordKey: unknown; children: ReactNode }) {
  return (
    <ErrorBoundary what={props.what} scope="record" resetKeys={[props.recordKey]}>
      {props.children}
    </ErrorBoundary>
  );
}
