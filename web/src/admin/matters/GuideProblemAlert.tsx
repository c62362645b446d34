import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/types';
import type { PlacedError } from './useGuideProblem';

interface Props {
  problem: Problem | null;
  placed: PlacedError[];
  /** Takes the administrator to the field: switches tab and scrolls. */
  onGo: (path: (string | number)[]) => void;
}

/** An error summary: every problem with where it is, each a way to get there. */
export function GuideProblemAlert({ problem, placed, onGo }: Props) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="block-gap"
      title={placed.length ? t('editor.problemsTitle') : problem.title}
      description={
        placed.length > 0 || problem.detail ? (
          <ul className="problem-lines">
            {problem.detail && <li>{problem.detail}</li>}
            {placed.map((item) => (
              <li key={`${item.path.join('.')}-${item.message}`}>
                <Button type="link" size="small" className="problem-link" onClick={() => onGo(item.path)}>
                  {item.where}
                </Button>
                {t('common.labelled', { label: '', text: item.message })}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
