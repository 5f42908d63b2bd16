import { v5 as uuidv5 } from 'uuid';

/** The namespace of plan ids: a fixed random UUID, never to change (ids already made depend on it). */
const PLAN_NAMESPACE = 'b2ac77ba-1bf4-4379-b9d8-0686b11d797f';

/**
 * A company has one plan, made by whichever office opens it first. Its id follows from the company's, so that two
 * offices that each made it before they exchanged hold the same record, and an import merges the two instead of
 * keeping each office's own for ever (with the other office's activities left out).
 */
export const planIdOf = (companyId: string): string => uuidv5(companyId, PLAN_NAMESPACE);
