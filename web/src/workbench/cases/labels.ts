import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../api/directory';
import {
  type AcceptanceMode,
  ANY_DEPARTMENT,
  type CaseStatus,
  type CaseStep,
  type CaseTask,
  caseStatuses,
  type DeliveryChannel,
  deliveryChannels,
  type WorkRole,
  workRoles,
} from '../../api/workflowTypes';
import { isKnownAction } from './actionTypes';

const isStatus = (value: string): value is CaseStatus => (caseStatuses as readonly string[]).includes(value);
const isDeliveryChannel = (value: string): value is DeliveryChannel =>
  (deliveryChannels as readonly string[]).includes(value);
const isAcceptance = (value: string): value is AcceptanceMode =>
  ['standard', 'shortfall', 'commitment', 'deemed'].includes(value);
const isWorkRole = (value: string): value is WorkRole => (workRoles as readonly string[]).includes(value);

/**
 * Words for what the server sends as codes: actions, statuses, departments, roles. A code the
 * server adds later still shows, under a neutral word, until the interface learns it.
 */
export function useCaseLabels() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const names = new Map((departments.data ?? []).map((d) => [d.code, d.name]));
  const verdictOrDecision = (outcome: string) =>
    outcome === 'agree' || outcome === 'disagree'
      ? t(`cases.vocab.verdict.${outcome}`)
      : outcome === 'approve' || outcome === 'deny'
        ? t(`cases.vocab.decision.${outcome}`)
        : outcome;
  return {
    action: (type: string) => (isKnownAction(type) ? t(`cases.action.${type}`) : t('cases.action.unknown')),
    status: (status: string) =>
      isStatus(status) ? t(`cases.vocab.status.${status}`) : t('cases.vocab.statusUnknown'),
    department: (code: string) =>
      code === ANY_DEPARTMENT ? t('cases.vocab.anyDepartment') : (names.get(code) ?? code),
    role: (role: string) => (isWorkRole(role) ? t(`roles.${role}`) : role),
    /** A review's verdict or a decision's outcome. */
    result: verdictOrDecision,
    /** What a closed task came to: the action and, where it had one, the choice made. */
    taskResult: (result: NonNullable<CaseTask['result']>, steps: readonly CaseStep[]) => {
      const action = isKnownAction(result.action) ? t(`cases.action.${result.action}`) : result.action;
      const o = result.outcome;
      if (o === null) return action;
      if (result.action === 'accept' && isAcceptance(o)) return t(`cases.vocab.acceptance.${o}`);
      const choice =
        result.action === 'deliver' && isDeliveryChannel(o)
          ? t(`cases.vocab.delivery.${o}`)
          : result.action === 'verifyCommitment'
            ? t(`cases.vocab.truthful.${o === 'truthful' ? 'yes' : 'no'}`)
            : result.action === 'returnTo'
              ? (steps.find((s) => s.id === o)?.name ?? o)
              : verdictOrDecision(o);
      return t('common.labelled', { label: action, text: choice });
    },
    departments: departments.data ?? [],
  };
}
