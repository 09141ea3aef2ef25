// The key_sites domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty, type Page } from '../../ipc/schemas/common';
import {
  DutyInput,
  KeySiteApproveInput,
  KeySiteIdInput,
  KeySiteListInput,
  KeySiteProposeInput,
  KeySiteProtectionsInput,
  KeySiteRevokeInput,
  type KeySiteRow,
  type KeySitePlace,
  type KeySiteView,
  SiteCheckInput,
  VisitInInput,
  VisitListInput,
  VisitOutInput,
  type VisitView,
} from '../../ipc/schemas/key-sites';

export const keySitesChannels = channels('key_sites', {
  'key_sites:list': channel<Page<KeySiteRow>>()(KeySiteListInput, 'register:read'),
  'key_sites:get': channel<KeySiteView>()(KeySiteIdInput, 'register:read'),
  'key_sites:places': channel<KeySitePlace[]>()(empty, 'register:read'),
  'key_sites:visits': channel<Page<VisitView>>()(VisitListInput, 'register:read'),
  'key_sites:propose': channel<KeySiteView>()(KeySiteProposeInput, 'register:write'),
  'key_sites:approve': channel<KeySiteView>()(KeySiteApproveInput, 'register:write'),
  'key_sites:revoke': channel<KeySiteView>()(KeySiteRevokeInput, 'register:write'),
  'key_sites:protections': channel<KeySiteView>()(KeySiteProtectionsInput, 'register:write'),
  'key_sites:visitIn': channel<KeySiteView>()(VisitInInput, 'register:write'),
  'key_sites:visitOut': channel<KeySiteView>()(VisitOutInput, 'register:write'),
  'key_sites:duty': channel<KeySiteView>()(DutyInput, 'register:write'),
  'key_sites:check': channel<KeySiteView>()(SiteCheckInput, 'register:write'),
});
