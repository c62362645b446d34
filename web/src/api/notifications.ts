import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, query, request } from './client';
import type { Page } from './types';

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** A path inside this web app, when the notification is about something to open. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<NotificationItem> {
  unreadCount: number;
}

export type NotificationLanguage = 'zh-CN' | 'en-US';

export interface NotificationPreferences {
  email: string | null;
  emailEnabled: boolean;
  smsEnabled: boolean;
  language: NotificationLanguage | null;
  maskedMobile: string | null;
  smsAvailable: boolean;
}

export type PreferencesUpdate = Pick<
  NotificationPreferences,
  'email' | 'emailEnabled' | 'smsEnabled' | 'language'
>;

export type DevMailChannel = 'email' | 'sms';

export interface DevMail {
  id: string;
  channel: DevMailChannel;
  to: string;
  subject: string | null;
  body: string;
  createdAt: string;
}

const notificationsKey = ['notifications'] as const;
const preferencesKey = ['notificationPreferences'] as const;

// Several server processes share the work, so there is no push channel to listen on: the bell asks.
const UNREAD_POLL_MS = 30_000;

export function useNotifications(params: { page: number; pageSize: number; unread?: boolean }) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', params],
    queryFn: () =>
      request<NotificationPage>(
        'GET',
        `/notifications${query({ ...params, unread: params.unread ? 'true' : undefined })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: () => request<NotificationPage>('GET', '/notifications?unread=true&pageSize=1'),
    select: (page) => page.unreadCount,
    refetchInterval: UNREAD_POLL_MS,
  });
}

function useNotificationMutation<V, R>(call: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkRead() {
  return useNotificationMutation((id: string) =>
    request<NotificationItem>('POST', `/notifications/${encodeURIComponent(id)}/read`),
  );
}

export function useMarkAllRead() {
  return useNotificationMutation(() => request<{ marked: number }>('POST', '/notifications/read-all'));
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => request<NotificationPreferences>('GET', '/notifications/preferences'),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesUpdate) =>
      request<NotificationPreferences>('PUT', '/notifications/preferences', body),
    onSuccess: (saved) => client.setQueryData(preferencesKey, saved),
  });
}

/** Null when the deployment has real senders and so no development mailbox (404). */
export function useDevMailbox(params: { page: number; pageSize: number; channel?: DevMailChannel }) {
  return useQuery({
    queryKey: ['devMailbox', params],
    queryFn: async () => {
      try {
        return await request<Page<DevMail>>('GET', `/dev-mailbox${query(params)}`);
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
    placeholderData: keepPreviousData,
  });
}
