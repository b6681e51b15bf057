// A problem's statement as every page that shows one lays it out: the
// title, a line of facts the page chooses (difficulty, limits, points), the
// Markdown statement and the samples.
import type { ReactNode } from 'react';
import Markdown from './Markdown';
import { Pre } from './ui';

interface Statement {
  title: string;
  statement: string;
  samples: { name: string; input: string; answer: string }[];
}

export default function ProblemStatement({ problem, facts, heading = 'h1' }: { problem: Statement; facts: ReactNode; heading?: 'h1' | 'h2' }) {
  const Title = heading;
  return (
    <>
      <Title className={heading === 'h2' ? 'problem-title' : undefined}>{problem.title}</Title>
      <p className="muted">{facts}</p>
      <Markdown text={problem.statement} dropTitle />
      {problem.samples.map((t) => (
        <div key={t.name} className="io">
          <div>
            <h5>Sample input {t.name}</h5>
            <Pre>{t.input}</Pre>
          </div>
          <div>
            <h5>Sample output</h5>
            <Pre>{t.answer}</Pre>
          </div>
        </div>
      ))}
    </>
  );
}
