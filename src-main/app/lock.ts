import type { BrowserWindow } from 'electron';
import type { Logger } from '../log';
import type { Session } from '../store/session';

/** What the renderer defines (src-renderer/features/session/autoLock.ts): save the edit in hand, lock, clear its stores. */
export const RENDERER_LOCK = 'typeof window.vaxtkraftLock === "function" ? window.vaxtkraftLock().then(() => true) : false';

export type LockReason = 'menu' | 'suspend' | 'lock-screen';

/**
 * Locks from the shell (the menu, the system suspending or locking its screen). Only a store a passphrase can open
 * again is locked (passphrase mode; keychain mode has nothing to type), never a handed-over laptop. The renderer
 * saves the unsaved edit and clears every personal field itself; a page that cannot (still loading) is locked
 * here and reloaded, which clears its memory too.
 */
export function shellLock(options: { session: Session; window: () => BrowserWindow | null; logger: Logger; after: () => void }) {
  const { session, logger } = options;
  return async (reason: LockReason): Promise<void> => {
    if (session.unlockMode !== 'passphrase' || !session.unlocked || session.selfAssessment) return;
    const contents = options.window()?.webContents;
    let handled: boolean;
    try {
      handled = contents ? (await contents.executeJavaScript(RENDERER_LOCK, true)) === true : false;
    } catch {
      handled = false;
    }
    if (!handled || session.unlocked) {
      session.lock();
      contents?.reload();
    }
    logger.info('session.locked', { reason });
    options.after();
  };
}
