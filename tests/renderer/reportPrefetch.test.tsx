import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '@shared/api/session';
import * as client from '../../src-renderer/api/client';
import { useSession } from '../../src-renderer/features/session';
import { initialReportFilter, prefetchReport, reportReply } from '../../src-renderer/features/reports/prefetch';

/** The report asked for at navigation is taken once by the screen, and forgotten when the store locks. */
describe('the prefetched programme report', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    useSession.setState(useSession.getInitialState(), true);
  });

  function answers() {
    let n = 0;
    return vi.spyOn(client, 'invoke').mockImplementation(() => Promise.resolve({ reply: ++n } as never));
  }

  it('is the screen’s first reply for the same filter, taken once', async () => {
    const invoke = answers();
    useSession.setState({ status: { unlocked: true } as SessionStatus });
    prefetchReport();
    expect(await reportReply(initialReportFilter(), 'internal')).toEqual({ reply: 1 });
    expect(await reportReply(initialReportFilter(), 'internal')).toEqual({ reply: 2 });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('is forgotten when the store locks: the next screen asks the host again', async () => {
    const invoke = answers();
    useSession.setState({ status: { unlocked: true } as SessionStatus });
    prefetchReport();
    useSession.setState({ status: { unlocked: false } as SessionStatus });
    useSession.setState({ status: { unlocked: true } as SessionStatus });
    expect(await reportReply(initialReportFilter(), 'internal')).toEqual({ reply: 2 });
    expect(invoke).toHaveBeenCalledTimes(2);
  });
});
