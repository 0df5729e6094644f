/**
 * A drive another tab asked the 收集 tab to open for submitting. Only the active tab is mounted, so the request
 * waits here until the 收集 screen mounts and takes it (once).
 */
let requested: string | undefined;

export const requestDrive = (driveId: string): void => {
  requested = driveId;
};

export function takeRequestedDrive(): string | undefined {
  const driveId = requested;
  requested = undefined;
  return driveId;
}
