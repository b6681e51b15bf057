// The editor's colours: CodeMirror's default highlight style (light) and One
// Dark, with the few colours that fall short of WCAG AA (4.5:1) on the
// editor's backgrounds, the active line's included, made just light or dark
// enough, their hue kept. e2e/web/lib.mjs audits the pages in both themes.
import { HighlightStyle, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { oneDarkHighlightStyle, oneDarkTheme } from '@codemirror/theme-one-dark';
import type { Extension } from '@codemirror/state';

const LIGHT: Record<string, string> = {
  '#e40': '#c63900', // regular expressions
  '#f00': '#da0000', // invalid
  '#085': '#007c4d', // type names
};

const DARK: Record<string, string> = {
  '#e06c75': '#e37b83', // coral: names, properties, keywords of some modes
  '#7d8799': '#929aa9', // stone: comments and line numbers
  '#c678dd': '#c87dde', // violet: keywords
};

function recolor(style: HighlightStyle, colors: Record<string, string>): HighlightStyle {
  return HighlightStyle.define(style.specs.map((s) => (s.color && colors[s.color] ? { ...s, color: colors[s.color] } : s)));
}

/** Highlighting when no theme brings its own (the light theme). */
export const lightHighlighting: Extension = syntaxHighlighting(recolor(defaultHighlightStyle, LIGHT), { fallback: true });

export const darkTheme: Extension = [
  oneDarkTheme,
  syntaxHighlighting(recolor(oneDarkHighlightStyle, DARK)),
  // On the line numbers themselves: One Dark colours their container.
  EditorView.theme({ '.cm-gutterElement': { color: DARK['#7d8799'] } }, { dark: true }),
];
