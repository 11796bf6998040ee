import { io, type Socket } from 'socket.io-client';
import type { LiveState } from '@tumor-board/shared';
import type { HttpClient } from '../../support/http.js';

/**
 * A live-room client as the web app behaves: joins on every (re)connect and keeps the newest
 * state by sequence. Unlike the test factories' sockets it reconnects on its own, and retries a
 * handshake or join the server answered with `unavailable` (the database was away).
 */
export class LiveFollower {
  latest: LiveState | null = null;
  connects = 0;
  disconnects = 0;
  unavailable = 0;
  private readonly socket: Socket;
  private closed = false;

  constructor(url: string, client: HttpClient, meetingId: string) {
    const cookie = `tb_session=${client.cookies.get('tb_session') ?? ''}`;
    this.socket = io(`${url}/live`, {
      transports: ['websocket'],
      extraHeaders: { origin: url, cookie },
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1_000,
    });
    const join = () => {
      this.socket.emit('join', { meetingId }, (answer: { ok: boolean; state?: LiveState; error?: string }) => {
        if (answer.ok && answer.state) this.keep(answer.state);
        else if (answer.error === 'unavailable') this.retry(join);
      });
    };
    this.socket.on('connect', () => {
      this.connects++;
      join();
    });
    this.socket.on('disconnect', () => this.disconnects++);
    // A refusal by the server's middleware is not retried by socket.io itself.
    this.socket.on('connect_error', (error) => {
      if (error.message === 'unavailable') this.retry(() => this.socket.connect());
    });
    this.socket.on('state', (state: LiveState) => this.keep(state));
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Drops the WebSocket as a flaky network would; the client reconnects and joins again. */
  dropConnection(): void {
    this.socket.io.engine.close();
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }

  private retry(again: () => void): void {
    this.unavailable++;
    setTimeout(() => {
      if (!this.closed) again();
    }, 500);
  }

  private keep(state: LiveState): void {
    if (!this.latest || state.sequence >= this.latest.sequence) this.latest = state;
  }
}
