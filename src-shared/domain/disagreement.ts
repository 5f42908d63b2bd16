/**
 * The one definition of a disagreement: the person's own rating and the advisor's differ by two levels or more.
 * A difference of one level is ordinary calibration; two or more is worth talking through. The service (each
 * rating's flag), the gap math and the screens all ask this function.
 */
export const DISAGREEMENT_THRESHOLD = 2;

export function disagrees(self: number | null, advisor: number | null): boolean {
  return self !== null && advisor !== null && Math.abs(self - advisor) >= DISAGREEMENT_THRESHOLD;
}
