// 好差评 as the server answers it (server/src/modules/evaluation/schemas.ts). The vocabulary and the
// rule of what a rating must carry are the server's own model, imported so the two cannot drift apart.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BadRatingReason,
  CallBackMethod,
  Channel,
  Indicator,
  Level,
  RatingClass,
  RectificationStatus,
} from '../../../server/src/modules/evaluation/model.js';
import { query, request } from './client';
import type { Page } from './types';

export {
  BAD_RATING_REASONS as badRatingReasons,
  CALL_BACK_METHODS as callBackMethods,
  LEVELS as levels,
  RECTIFICATION_STATUSES as rectificationStatuses,
  ratingClassOf,
  ratingProblems,
  SCORED_INDICATORS as scoredIndicators,
} from '../../../server/src/modules/evaluation/model.js';
export type { BadRatingReason, CallBackMethod, Indicator, Level, RectificationStatus };

export type ScoredIndicator = Exclude<Indicator, 'overall'>;

export interface Evaluation {
  applicationNo: string;
  level: Level;
  rating: RatingClass;
  scores: Record<Indicator, number>;
  reasons: BadRatingReason[];
  comment: string | null;
  channel: Channel;
  realName: boolean;
  evaluatedAt: string;
  followUp: { comment: string; at: string } | null;
  rectification: { status: RectificationStatus; deadline: string } | null;
}

export interface EvaluationState {
  evaluable: boolean;
  evaluation: Evaluation | null;
}

export interface EvaluateBody {
  level: Level;
  scores: Record<ScoredIndicator, number>;
  reasons: BadRatingReason[];
  comment?: string;
  channel: 'online';
}

export interface RectificationItem {
  id: string;
  applicationNo: string;
  matterName: string;
  department: { id: string; name: string };
  level: Level;
  status: RectificationStatus;
  openedAt: string;
  deadline: string;
  overdue: boolean;
  rectified: boolean;
  calledBack: boolean;
  closedAt: string | null;
}

export interface RectificationDetail extends RectificationItem {
  evaluation: Omit<Evaluation, 'applicationNo' | 'rectification'>;
  applicant: { name: string; mobile: string | null };
  rectification: { measures: string; at: string; by: string } | null;
  callBack: {
    calledBackOn: string;
    method: CallBackMethod;
    satisfied: boolean;
    note: string | null;
    at: string;
    by: string;
  } | null;
  closedOn: string | null;
  onTime: boolean | null;
}

export interface RectificationParams {
  page: number;
  pageSize: number;
  status?: RectificationStatus;
  overdue?: 'true';
}

export interface CallBackBody {
  calledBackOn: string;
  method: CallBackMethod;
  satisfied: boolean;
  note?: string;
}

const evaluationKey = (applicationNo: string) => ['evaluation', applicationNo] as const;
const evaluationUrl = (applicationNo: string) =>
  `/applications/${encodeURIComponent(applicationNo)}/evaluation`;

export function useEvaluation(applicationNo: string) {
  return useQuery({
    queryKey: evaluationKey(applicationNo),
    queryFn: () => request<EvaluationState>('GET', evaluationUrl(applicationNo)),
    // Rating opens once the result is delivered, possibly since the page was last open.
    staleTime: 0,
  });
}

function useEvaluationMutation<T>(applicationNo: string, send: (body: T) => Promise<Evaluation>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (evaluation) =>
      client.setQueryData<EvaluationState>(evaluationKey(applicationNo), { evaluable: false, evaluation }),
  });
}

export const useEvaluate = (applicationNo: string) =>
  useEvaluationMutation(applicationNo, (body: EvaluateBody) =>
    request<Evaluation>('POST', evaluationUrl(applicationNo), body),
  );

/** 追评: one further comment. */
export const useFollowUp = (applicationNo: string) =>
  useEvaluationMutation(applicationNo, (comment: string) =>
    request<Evaluation>('POST', `${evaluationUrl(applicationNo)}/follow-up`, { comment }),
  );

const rectificationsKey = ['rectifications'] as const;
const rectificationKey = (id: string) => [...rectificationsKey, 'detail', id] as const;

export function useRectifications(params: RectificationParams) {
  return useQuery({
    queryKey: [...rectificationsKey, 'list', params],
    queryFn: () => request<Page<RectificationItem>>('GET', `/rectifications${query(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function useRectification(id: string) {
  return useQuery({
    queryKey: rectificationKey(id),
    queryFn: () => request<RectificationDetail>('GET', `/rectifications/${encodeURIComponent(id)}`),
  });
}

/** rectification | call-back | close: each answers the whole file, which replaces the cached one. */
export function useRectificationStep<T = void>(id: string, step: 'rectification' | 'call-back' | 'close') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: T) =>
      request<RectificationDetail>(
        'POST',
        `/rectifications/${encodeURIComponent(id)}/${step}`,
        body ?? undefined,
      ),
    onSuccess: (detail) => {
      client.setQueryData(rectificationKey(id), detail);
      void client.invalidateQueries({ queryKey: [...rectificationsKey, 'list'] });
    },
  });
}
