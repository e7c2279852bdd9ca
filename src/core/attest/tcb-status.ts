/**
 * Intel's TCB statuses and the policy over them: `UpToDate` holds; the statuses that mean the
 * platform needs an update or a configuration change hold only when the user accepts them by
 * name; `Revoked` never holds.
 */
import { InputError } from '../errors.js';

export const ACCEPTABLE_TCB_STATUSES = [
  'SWHardeningNeeded',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
  'OutOfDate',
  'OutOfDateConfigurationNeeded',
] as const;

export type AcceptableTcbStatus = (typeof ACCEPTABLE_TCB_STATUSES)[number];

/**
 * Every status, worst first: Revoked, the acceptable ones from the most to the least in need of
 * an update (the reverse of the list above), then UpToDate.
 */
export const TCB_STATUS_ORDER: readonly string[] = [
  'Revoked',
  ...[...ACCEPTABLE_TCB_STATUSES].reverse(),
  'UpToDate',
];

/** Reads `--allow-tcb` / `allow-tcb`: a comma-separated list of the statuses above. */
export function parseAllowTcb(text: string, where: string): AcceptableTcbStatus[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) throw new InputError(where, 'names no TCB status');
  return names.map((name) => {
    if (name === 'Revoked') throw new InputError(where, 'Revoked is never accepted');
    if (name === 'UpToDate')
      throw new InputError(
        where,
        'UpToDate always holds: name only the statuses to accept besides it',
      );
    if (!(ACCEPTABLE_TCB_STATUSES as readonly string[]).includes(name)) {
      throw new InputError(
        where,
        `unknown TCB status ${JSON.stringify(name.slice(0, 60))} (one of ${ACCEPTABLE_TCB_STATUSES.join(', ')})`,
      );
    }
    return name as AcceptableTcbStatus;
  });
}

/** What the DCAP verifier made of a quote, as the edge reports it to the checks. */
export type QuoteSignature =
  | {
      readonly state: 'verified';
      readonly tcbStatus: string;
      readonly advisoryIds: readonly string[];
      /** Where the collateral came from: a file name, the document, a PCCS host. */
      readonly collateralSource: string;
      /** The verification time, Unix seconds. */
      readonly at: number;
    }
  | {
      readonly state: 'refused';
      readonly reason: string;
      readonly collateralSource: string | null;
      readonly at: number;
      /** Known when the verifier refused the quote for its TCB status (Revoked). */
      readonly tcbStatus: string | null;
    }
  | {
      /** No collateral: nothing was given or embedded and fetching was off. */
      readonly state: 'unchecked';
      readonly reason: string;
    };
