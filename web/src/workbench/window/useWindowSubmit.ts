import { App } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import type { Problem } from '../../api/types';
import { useSubmitAtWindow } from '../../api/workflow';
import type { WindowApplication } from '../../api/workflowTypes';
import { answerErrors } from '../../portal/apply/formProblem';
import { problemOf } from '../../shared/problem';
import { uuidV4 } from '../../shared/uuid';
import { casePath } from '../cases/casePath';

interface Handlers {
  /** Whatever is not about the form's answers (the ID card fields, the title); null when nothing is. */
  onProblem: (problem: ApiError | null) => void;
  /** The matter was republished since its form was loaded. */
  onOutdated: () => void;
}

const aboutAnswers = (field: string) => /^(\/|body\.)?formData[./]/.test(field);
const aboutMaterials = (field: string) => field.startsWith('materials.');

/**
 * Filing a walk-in application. One Idempotency-Key per attempt: sending the same body again
 * (a lost answer, a double click) reuses it, so the application is filed once. On success the
 * clerk goes straight to the case, where the intake decision is taken.
 */
export function useWindowSubmit(handlers: Handlers) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const submit = useSubmitAtWindow();
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const [answerProblem, setAnswerProblem] = useState<Problem | null>(null);
  // Each material's problems, shown on its card (by material id: `materials.m2…`).
  const [materialErrors, setMaterialErrors] = useState<Record<string, string[]>>({});

  const send = (body: WindowApplication) => {
    const text = JSON.stringify(body);
    if (attempt.current?.body !== text) attempt.current = { key: uuidV4(), body: text };
    handlers.onProblem(null);
    setAnswerProblem(null);
    setMaterialErrors({});
    submit.mutate(
      { body, idempotencyKey: attempt.current.key },
      {
        onSuccess: ({ applicationNo }) => {
          void message.success(t('cases.window.submitted', { no: applicationNo }));
          navigate(casePath(applicationNo));
        },
        onError: (error) => {
          const full = problemOf(error);
          if (full.status === 409 && full.code === 'application.version_outdated')
            return handlers.onOutdated();
          const answers = answerErrors(full);
          const others = (full.errors ?? []).filter(
            (e) => !aboutAnswers(e.field) && !aboutMaterials(e.field),
          );
          const byMaterial: Record<string, string[]> = {};
          for (const e of full.errors ?? []) {
            if (!aboutMaterials(e.field)) continue;
            const id = e.field.split('.')[1]!;
            byMaterial[id] = [...(byMaterial[id] ?? []), e.message];
          }
          setMaterialErrors(byMaterial);
          if (answers) setAnswerProblem({ ...full, errors: answers });
          // With every error under its question, a banner would only repeat the title.
          handlers.onProblem(
            answers && others.length === 0 ? null : new ApiError({ ...full, errors: others }),
          );
        },
      },
    );
  };

  return {
    send,
    submitting: submit.isPending,
    answerProblem,
    materialErrors,
    clearAnswers: () => setAnswerProblem(null),
  };
}
