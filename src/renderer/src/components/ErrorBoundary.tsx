import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What failed, in the user's words ("This incident view"). */
  what: string;
  children: ReactNode;
}

/**
 * A crash in one view must not blank the whole window in the middle of an incident. The log is in
 * IndexedDB and drafts in sessionStorage, so a reload loses nothing; the message says so.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <p>
          {this.props.what} stopped working: {error.message}
        </p>
        <p className="hint">
          Everything saved is safe, and text you were typing is kept as a draft. Reload the window to continue.
        </p>
        <div className="field-row">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload window
          </button>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
