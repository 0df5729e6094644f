/**
 * The host profile the local Base follows (src/local/hostProfiles.ts), chosen by the `host` URL parameter:
 * changing it reloads the playground with the new parameter, since the Base is built with its profile.
 */
import { Select } from '@douyinfe/semi-ui';
import { HOST_PROFILE_NAMES, hostProfile, type HostProfileName } from '../local/hostProfiles';

/** The profile named in this page's URL (`?host=adverse`), or the default. */
export function profileFromUrl(): HostProfileName {
  return hostProfile(new URLSearchParams(window.location.search).get('host'));
}

function switchProfile(name: HostProfileName): void {
  const url = new URL(window.location.href);
  if (name === 'default') url.searchParams.delete('host');
  else url.searchParams.set('host', name);
  window.location.assign(url.toString());
}

export function ProfileSelect() {
  return (
    <Select
      size="small"
      style={{ width: 230 }}
      prefix="宿主 host"
      value={profileFromUrl()}
      onChange={(name) => switchProfile(name as HostProfileName)}
      optionList={HOST_PROFILE_NAMES.map((name) => ({ value: name, label: name }))}
      data-testid="pg-host-profile"
    />
  );
}
