// Problem statements are Markdown written by interviewers: rendered by marked and
// sanitised by DOMPurify before it touches the page. A module of its own so the
// two libraries load only with the pages that show statements.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

/** `dropTitle`: the page shows the title itself, so a leading `# Title` line goes. */
export default function Markdown({ text, dropTitle }: { text: string; dropTitle?: boolean }) {
  const html = useMemo(() => {
    const body = dropTitle ? text.replace(/^\s*# [^\n]*\n/, '') : text;
    // No forms or styles in a statement: nothing in it may pose as the app.
    const clean = DOMPurify.sanitize(marked.parse(body, { async: false }), {
      FORBID_TAGS: ['form', 'input', 'button', 'textarea', 'select', 'style'],
      FORBID_ATTR: ['style'],
    });
    // Code blocks scroll when long: focusable, so the keyboard can scroll them.
    return clean.replace(/<pre>/g, '<pre tabindex="0">');
  }, [text, dropTitle]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
