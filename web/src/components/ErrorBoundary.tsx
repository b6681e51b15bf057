import { Component, type ReactNode } from 'react';

/** A crash in one page shows a way out instead of a blank screen. */
export default class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page narrow" role="alert">
        <h1>Something went wrong</h1>
        <p>This page hit an error: {this.state.error.message}</p>
        <p>
          <button className="primary" onClick={() => location.reload()}>
            Reload the page
          </button>{' '}
          <a href="/problems">Go to the problems</a>
        </p>
      </section>
    );
  }
}
