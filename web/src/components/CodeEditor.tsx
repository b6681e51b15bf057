// CodeMirror 6, either on its own text (practice) or bound to a shared Y.Text
// with remote cursors (rooms). Language, theme and read-only switch in place
// through compartments, so the document and the undo history survive them.
import { useEffect, useRef } from 'react';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { languageSupport } from '../lib/languages';
import { useTheme } from '../lib/theme';
import { darkTheme, lightHighlighting } from './editorTheme';

interface Props {
  language: string;
  /** Initial text when not shared; changes after mount are applied as a replacement. */
  value?: string;
  onChange?: (text: string) => void;
  shared?: { text: Y.Text; awareness: Awareness; undo: boolean };
  readOnly?: boolean;
  onRun?: () => void;
  onPaste?: (chars: number) => void;
  label: string;
}

export default function CodeEditor({ language, value, onChange, shared, readOnly, onRun, onPaste, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const lang = useRef(new Compartment());
  const theme = useRef(new Compartment());
  const ro = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun, onPaste });
  callbacks.current = { onChange, onRun, onPaste };
  const dark = useTheme() === 'dark';
  const languageNow = useRef(language);
  languageNow.current = language;

  useEffect(() => {
    let cancelled = false;
    const extensions: Extension[] = [
      lineNumbers(),
      drawSelection(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      lightHighlighting,
      keymap.of([
        {
          key: 'Mod-Enter',
          run: () => {
            callbacks.current.onRun?.();
            return true;
          },
        },
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...searchKeymap,
        indentWithTab,
      ]),
      lang.current.of([]),
      theme.current.of(dark ? darkTheme : []),
      ro.current.of(EditorState.readOnly.of(!!readOnly)),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) callbacks.current.onChange?.(u.state.doc.toString());
      }),
      EditorView.domEventHandlers({
        paste: (e) => {
          const n = e.clipboardData?.getData('text/plain').length ?? 0;
          if (n) callbacks.current.onPaste?.(n);
          return false;
        },
      }),
    ];
    const start = async () => {
      if (shared) {
        const { yCollab, yUndoManagerKeymap } = await import('y-codemirror.next');
        const Yjs = await import('yjs');
        const undo = new Yjs.UndoManager(shared.text);
        extensions.push(keymap.of(yUndoManagerKeymap), yCollab(shared.text, shared.awareness, { undoManager: undo }));
      } else {
        extensions.push(history(), keymap.of(historyKeymap));
      }
      if (cancelled || !host.current) return;
      view.current = new EditorView({
        parent: host.current,
        state: EditorState.create({ doc: shared ? shared.text.toString() : (value ?? ''), extensions }),
      });
      const ext = await languageSupport(languageNow.current);
      if (!cancelled) view.current?.dispatch({ effects: lang.current.reconfigure(ext) });
    };
    void start();
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
    };
    // The view is built once per shared text; everything else is reconfigured below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shared?.text]);

  useEffect(() => {
    let cancelled = false;
    void languageSupport(language).then((ext) => {
      if (!cancelled) view.current?.dispatch({ effects: lang.current.reconfigure(ext) });
    });
    return () => {
      cancelled = true;
    };
  }, [language, shared?.text]);

  useEffect(() => {
    view.current?.dispatch({ effects: theme.current.reconfigure(dark ? darkTheme : []) });
  }, [dark]);

  useEffect(() => {
    view.current?.dispatch({ effects: ro.current.reconfigure(EditorState.readOnly.of(!!readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    const v = view.current;
    if (shared || !v || value === undefined || v.state.doc.toString() === value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value, shared]);

  return <div className="editor" ref={host} data-testid="editor" />;
}
