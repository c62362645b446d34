import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sessionKey } from '../api/session';
import type { Change, Dashboard } from './api';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface LiveFeed {
  status: LiveStatus;
  /** Today's figures, as of the last change. */
  snapshot: Dashboard | null;
  /** The latest changes, newest first. */
  changes: (Change & { fresh: boolean })[];
  /** When the last event came. */
  updatedAt: Date | null;
  /** The server could not resume where this board left off: some changes may be missing below. */
  gap: boolean;
}

const KEEP = 40;
const MAX_RETRY_MS = 60_000;

/**
 * The live board's stream (GET /api/v1/hotline/live, server-sent events). The browser
 * reconnects by itself after a drop and resumes by Last-Event-ID; when the server refused the
 * stream (a session that ended), a new one is opened after a pause that grows, resuming from
 * the last change seen, and the session is checked again (so the login page can take over).
 */
export function useLiveFeed(): LiveFeed {
  const client = useQueryClient();
  const [feed, setFeed] = useState<LiveFeed>({
    status: 'connecting',
    snapshot: null,
    changes: [],
    updatedAt: null,
    gap: false,
  });

  useEffect(() => {
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let lastId: string | undefined;
    let delay = 2000;
    let first = true;
    const seen = new Set<string>();

    const connect = () => {
      const url = `/api/v1/hotline/live${lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ''}`;
      source = new EventSource(url);
      source.onopen = () => {
        delay = 2000;
        setFeed((f) => ({ ...f, status: 'open' }));
      };
      source.addEventListener('snapshot', (e) => {
        const snapshot = JSON.parse(e.data) as Dashboard;
        // The first batch is history: only what comes after it is shown as new.
        first = false;
        setFeed((f) => ({ ...f, snapshot, updatedAt: new Date() }));
      });
      source.addEventListener('change', (e) => {
        lastId = e.lastEventId;
        const change = JSON.parse(e.data) as Change;
        if (seen.has(change.id)) return;
        // Replays reach back minutes, not days: a board left on for a week needs no older ids.
        if (seen.size > 5000) seen.clear();
        seen.add(change.id);
        const fresh = !first;
        setFeed((f) => ({
          ...f,
          updatedAt: new Date(),
          changes: [{ ...change, fresh }, ...f.changes]
            .sort((a, b) => b.at.localeCompare(a.at))
            .slice(0, KEEP),
        }));
      });
      source.addEventListener('reset', () => setFeed((f) => ({ ...f, gap: true })));
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) {
          setFeed((f) => ({ ...f, status: 'reconnecting' }));
          return;
        }
        setFeed((f) => ({ ...f, status: 'closed' }));
        void client.invalidateQueries({ queryKey: sessionKey });
        retry = setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [client]);

  return feed;
}
