/**
 * Host profiles: the ways the documentation says the real host may behave where the local Base would
 * otherwise pick one by construction. Each quirk is one reading of an unconfirmed point (docs/platform.md);
 * 'adverse' turns on every one, so code proven under it works whichever reading turns out true.
 */
export interface HostQuirks {
  /** The bridge's ids (getUserId, getBaseUserId) are not the ids User cells carry. */
  bridgeIdsDiffer?: boolean;
  /** addTable creates a default primary "文本" column and adds every given field after it. */
  addTableDefaultPrimary?: boolean;
  /** addView refuses these view types (the docs list only type and name as supported). */
  refusedViewTypes?: readonly number[];
  /** Views take no filter, sort or group from a plugin (the setters and applySetting fail). */
  refusesViewSettings?: boolean;
  /** getRecordsByIds leaves a deleted id out of its answer instead of failing. */
  byIdsOmitsDeleted?: boolean;
  /** A filter with more conditions than this is refused. */
  maxConditions?: number;
  /**
   * Round trips as the SDK's runtime spends them: only calls of one method share one, bridge and base calls
   * never, and getTableById costs two (`isTableExist` twice).
   */
  sdkBundling?: boolean;
}

export const HOST_PROFILES = {
  default: {},
  idsDiffer: { bridgeIdsDiffer: true },
  addTableDefaultPrimary: { addTableDefaultPrimary: true },
  addViewRefusesForm: { refusedViewTypes: [3] },
  byIdsOmitsDeleted: { byIdsOmitsDeleted: true },
  conditionCap: { maxConditions: 50 },
  sdkBundling: { sdkBundling: true },
  viewSettingsRefused: { refusesViewSettings: true },
  adverse: {
    sdkBundling: true,
    bridgeIdsDiffer: true,
    addTableDefaultPrimary: true,
    refusedViewTypes: [3],
    byIdsOmitsDeleted: true,
    maxConditions: 50,
    refusesViewSettings: true,
  },
} as const satisfies Record<string, HostQuirks>;

export type HostProfileName = keyof typeof HOST_PROFILES;

export const HOST_PROFILE_NAMES = Object.keys(HOST_PROFILES) as HostProfileName[];

/** The profile a name picks (a URL parameter, an environment variable); unknown or absent names pick the default. */
export function hostProfile(name: string | null | undefined): HostProfileName {
  return name && name in HOST_PROFILES ? (name as HostProfileName) : 'default';
}

/** What the bridge answers for a User-cell id under these quirks. */
export function bridgeIds(quirks: HostQuirks, cellId: string): { userId: string; baseUserId: string } {
  if (!quirks.bridgeIdsDiffer) return { userId: cellId, baseUserId: cellId };
  return { userId: `uid_${cellId}`, baseUserId: `buid_${cellId}` };
}
