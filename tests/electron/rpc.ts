/**
 * Calls and notifications between the test (which owns Chromium) and the child process that runs the built main
 * bundle with the stand-in `electron`, over the Node IPC channel of `child_process.fork` (structured clone).
 */

export type Message =
  | { kind: 'call'; id: number; op: string; args: unknown }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'notify'; op: string; args: unknown };

export interface Port {
  send(message: Message): unknown;
  on(event: 'message', listener: (message: Message) => void): unknown;
}

type Handler = (args: never) => unknown;

export class Rpc {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly port: Port) {
    port.on('message', (message) => void this.receive(message));
  }

  /** One handler per operation, for calls and notifications alike. */
  handle<A>(op: string, handler: (args: A) => unknown): void {
    this.handlers.set(op, handler as Handler);
  }

  call<T = unknown>(op: string, args: unknown = null): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.port.send({ kind: 'call', id, op, args });
    });
  }

  notify(op: string, args: unknown = null): void {
    this.port.send({ kind: 'notify', op, args });
  }

  /** Every call still waiting fails, e.g. when the other side has exited. */
  failPending(reason: string): void {
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
  }

  private async receive(message: Message): Promise<void> {
    if (message.kind === 'reply') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error));
      return;
    }
    const handler = this.handlers.get(message.op);
    if (message.kind === 'notify') {
      await Promise.resolve(handler?.(message.args as never)).catch(() => undefined);
      return;
    }
    try {
      if (!handler) throw new Error(`no handler for ${message.op}`);
      const value = await handler(message.args as never);
      this.port.send({ kind: 'reply', id: message.id, ok: true, value });
    } catch (error) {
      this.port.send({ kind: 'reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
