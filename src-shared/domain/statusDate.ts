/**
 * The day a company's status took effect (issue 14): the advisor may set it back (the company enrolled in August,
 * typed in November), never forward. A write that changes the status without naming a day dates it today.
 * The store's triggers date the status events by it (migration 0160), so reports count the change in its month.
 */
export function withStatusDate<P extends { status?: string; statusDate?: string | null }>(
  stored: { status: string } | null,
  patch: P,
  today: string,
): P {
  const changes = patch.status !== undefined && patch.status !== stored?.status;
  if (!changes || patch.statusDate) return patch;
  return { ...patch, statusDate: today };
}
