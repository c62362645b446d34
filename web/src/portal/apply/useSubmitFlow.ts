import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSubmitApplication } from '../../api/applications';
import type { SubmitApplication, SubmittedApplication } from '../../api/applicationTypes';
import type { Problem } from '../../api/types';
import { problemOf } from '../../shared/problem';
import { uuidV4 } from '../../shared/uuid';
import { answerErrors, type FieldError } from './formProblem';
import { materialErrors } from './materialUploads';

interface Handlers {
  /** The server found answers to correct: show them on their pages; false when no page asks them. */
  onAnswerErrors: (errors: FieldError[]) => boolean;
  /** The server found materials missing or wrong: show them on the upload page. */
  onMaterialErrors: (errors: FieldError[]) => void;
  /** The matter was republished since the form was loaded. */
  onOutdated: () => void;
}

/** What the confirmation page is handed, so it need not ask the server again. */
export interface ConfirmationState {
  submitted: SubmittedApplication;
  departmentName: string;
}

/**
 * Sending the application. One Idempotency-Key per attempt: sending the same body again (after a
 * lost answer, a timeout, a double tap) reuses it, so the server files the application once.
 */
export function useSubmitFlow(handlers: Handlers, departmentName: string) {
  const navigate = useNavigate();
  const submit = useSubmitApplication();
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const send = (body: SubmitApplication) => {
    const text = JSON.stringify(body);
    if (attempt.current?.body !== text) attempt.current = { key: uuidV4(), body: text };
    setProblem(null);
    submit.mutate(
      { body, idempotencyKey: attempt.current.key },
      {
        onSuccess: (submitted) => {
          const state: ConfirmationState = { submitted, departmentName };
          navigate(`/apply/submitted/${submitted.applicationNo}`, { replace: true, state });
        },
        onError: (error) => {
          const full = problemOf(error);
          if (full.status === 409 && full.code === 'application.version_outdated')
            return handlers.onOutdated();
          const errors = full.status === 400 ? answerErrors(full) : null;
          if (errors && handlers.onAnswerErrors(errors)) return;
          const materials = full.status === 422 ? materialErrors(full) : null;
          if (materials) return handlers.onMaterialErrors(materials);
          setProblem(full);
        },
      },
    );
  };

  return { send, submitting: submit.isPending, problem };
}
