import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, liveStateSchema } from '@tumor-board/shared';
import { applyLiveState } from '../api/get-live-state';
import { liveKeys } from '../api/live-keys';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

/** How long to wait before asking again when the server says its database is away. */
const RETRY_MS = 2_000;

/** Events that mean the room's data changed (the server sends no payload worth merging). */
const REFETCH_EVENTS = ['agenda', 'attendance', 'meeting', 'decision', 'recommendation'] as const;

/**
 * Follows one meeting over Socket.IO (`/live`, same origin; the session cookie authenticates the
 * handshake). Joins on every (re)connect, which hands back the full state, keeps only states newer
 * than the one held, and refetches the room when the agenda, attendance or meeting changes.
 */
export function useLiveConnection(meetingId: string): ConnectionStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ConnectionStatus>('connecting');

  useEffect(() => {
    if (!meetingId) return;
    let socket: Socket | null = null;
    let closed = false;
    const refetchRoom = () => void queryClient.invalidateQueries({ queryKey: liveKeys.room(meetingId) });
    const onState = (payload: unknown) => {
      const parsed = liveStateSchema.safeParse(payload);
      if (!parsed.success || parsed.data.meetingId !== meetingId) return;
      if (applyLiveState(queryClient, parsed.data)) refetchRoom();
    };

    // socket.io-client loads with the room, not with the app's first page.
    void import('socket.io-client').then(({ io }) => {
      if (closed) return;
      // WebSocket only: a browser sends no Origin header on same-origin polling GETs, and the server
      // refuses a handshake without one.
      const s = io(LIVE_NAMESPACE, { withCredentials: true, transports: ['websocket'] });
      socket = s;
      // `unavailable`: the server's database is away for a moment (e.g. restarting); try again.
      const retrySoon = (again: () => void) => {
        setStatus('reconnecting');
        setTimeout(() => {
          if (!closed) again();
        }, RETRY_MS);
      };
      const join = () => {
        s.emit('join', { meetingId }, (answer: { ok?: boolean; state?: unknown; error?: string } | undefined) => {
          if (answer?.ok) {
            setStatus('live');
            onState(answer.state);
            refetchRoom();
          } else if (answer?.error === 'unavailable') retrySoon(join);
          else setStatus('refused');
        });
      };
      s.on('connect', join);
      s.on('disconnect', () => setStatus('reconnecting'));
      s.on('connect_error', (error) => {
        // A refusal by the server's middleware is not retried by the client: say so, or retry it
        // ourselves when it only means the database is away.
        if (error.message === 'unauthorized') setStatus('refused');
        else if (error.message === 'unavailable') retrySoon(() => s.connect());
        else setStatus((prev) => (prev === 'connecting' ? 'connecting' : 'reconnecting'));
      });
      s.io.on('reconnect_attempt', () => setStatus('reconnecting'));
      s.on('state', onState);
      for (const event of REFETCH_EVENTS) s.on(event, refetchRoom);
    });

    return () => {
      closed = true;
      socket?.removeAllListeners();
      socket?.io.removeAllListeners();
      socket?.disconnect();
    };
  }, [meetingId, queryClient]);

  return status;
}
