import type { FormInstance } from 'antd';
import { useNavigate } from 'react-router';
import { useRegister } from '../api/session';
import type { OrganizationRegistration, PersonRegistration } from '../api/types';
import { useFormProblem } from '../shared/problem';

/** Shared by both registration forms: send, show the server's field errors, go to the new account. */
export function useRegisterSubmit(form: FormInstance, fields: readonly string[]) {
  const navigate = useNavigate();
  const register = useRegister();
  const problem = useFormProblem(form, fields);
  return {
    pending: register.isPending,
    problem: problem.problem,
    submit: (body: PersonRegistration | OrganizationRegistration) => {
      problem.clear();
      register.mutate(body, {
        // The server has already logged the new account in.
        onSuccess: () => navigate('/account', { replace: true }),
        onError: problem.show,
      });
    },
  };
}
