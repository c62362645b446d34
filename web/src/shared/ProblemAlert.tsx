import { Alert } from 'antd';
import type { Problem } from '../api/types';

export function ProblemAlert({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  const messages = problem.errors?.map((e) => e.message) ?? [];
  const lines = [problem.detail, ...messages].filter((line): line is string => Boolean(line));
  return (
    <Alert
      type="error"
      showIcon
      title={problem.title}
      description={
        lines.length > 0 ? (
          <ul className="problem-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      className="block-gap"
    />
  );
}
