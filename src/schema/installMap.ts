/** Where each schema element lives in this Base, by id: stored in the Settings table so renames break nothing. */
import type { TableKey } from './schemaTypes';

export interface InstalledTable {
  id: string;
  fields: Record<string, string>;
  options: Record<string, Record<string, string>>;
  views: Record<string, string>;
}

export interface InstallMap {
  version: 1;
  tables: Partial<Record<TableKey, InstalledTable>>;
  /** The stored map could not be read: everything is found by name or by its fields, and the map rewritten. */
  damaged?: true;
}

export const INSTALL_MAP_KEY = 'installMap';
/** Bridge data key: lets the sidebar find the Settings table even after it is renamed. */
export const SETTINGS_TABLE_HINT = 'baton.settingsTableId';

export function emptyInstallMap(): InstallMap {
  return { version: 1, tables: {} };
}

export function parseInstallMap(json: string | undefined): InstallMap {
  if (!json) return emptyInstallMap();
  const damaged: InstallMap = { ...emptyInstallMap(), damaged: true };
  try {
    const parsed = JSON.parse(json) as InstallMap | null;
    return parsed?.version === 1 && typeof parsed.tables === 'object' && parsed.tables ? parsed : damaged;
  } catch {
    return damaged;
  }
}
