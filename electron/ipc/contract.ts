/**
 * The single source of truth for what the renderer may ask of main: channel `domain:verb` → zod input
 * schema, output type and who may call it. Each domain declares its channels beside its code
 * (electron/core/<domain>/<domain>.channels.ts); this file only merges them. The preload, the `window.api`
 * type, handler registration, the test bridge and the CLI are all derived from the merged object.
 */
import type { z } from 'zod';
import type { Result } from './result';
import { sessionChannels } from '../core/session/session.channels';
import { auditChannels } from '../core/audit/audit.channels';
import { approvalsChannels } from '../core/approvals/approvals.channels';
import { accountsChannels } from '../core/accounts/accounts.channels';
import { settingsChannels } from '../core/settings/settings.channels';
import { keysChannels } from '../core/keys/keys.channels';
import { remindersChannels } from '../core/reminders/reminders.channels';
import { printChannels } from '../core/print/print.channels';
import { attachmentsChannels } from '../core/attachments/attachments.channels';
import { backupChannels } from '../core/backup/backup.channels';
import { carriersChannels } from '../core/carriers/carriers.channels';
import { classificationChannels } from '../core/classification/classification.channels';
import { inventoryChannels } from '../core/inventory/inventory.channels';
import { exchangeChannels } from '../core/exchange/exchange.channels';
import { departmentsChannels } from '../core/departments/departments.channels';
import { personsChannels } from '../core/persons/persons.channels';
import { travelChannels } from '../core/travel/travel.channels';
import { leavingChannels } from '../core/leaving/leaving.channels';
import { allowanceChannels } from '../core/allowance/allowance.channels';
import { devicesChannels } from '../core/devices/devices.channels';
import { inspectionsChannels } from '../core/inspections/inspections.channels';
import { incidentsChannels } from '../core/incidents/incidents.channels';
import { reviewsChannels } from '../core/reviews/reviews.channels';
import { keySitesChannels } from '../core/key_sites/key_sites.channels';
import { committeeChannels } from '../core/committee/committee.channels';
import { trainingsChannels } from '../core/trainings/trainings.channels';
import { filesChannels } from '../core/files/files.channels';
import { xlsxChannels } from '../core/xlsx/xlsx.channels';
import { yearbookChannels } from '../core/yearbook/yearbook.channels';

export type { Access, ChannelSpec } from './channel';

export const contract = {
  ...sessionChannels,
  ...auditChannels,
  ...approvalsChannels,
  ...accountsChannels,
  ...settingsChannels,
  ...keysChannels,
  ...remindersChannels,
  ...printChannels,
  ...attachmentsChannels,
  ...backupChannels,
  ...carriersChannels,
  ...classificationChannels,
  ...inventoryChannels,
  ...exchangeChannels,
  ...departmentsChannels,
  ...personsChannels,
  ...travelChannels,
  ...leavingChannels,
  ...allowanceChannels,
  ...devicesChannels,
  ...inspectionsChannels,
  ...incidentsChannels,
  ...reviewsChannels,
  ...keySitesChannels,
  ...committeeChannels,
  ...trainingsChannels,
  ...filesChannels,
  ...xlsxChannels,
  ...yearbookChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Exclude<Contract[C]['output'], undefined>;

export const channelNames = Object.keys(contract) as Channel[];

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** `window.api`: one namespace per domain, one async function per channel, e.g. `api.session.unlock(...)`. */
export type Api = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: (
      input: ChannelInput<`${D}:${V}` & Channel>,
    ) => Promise<Result<ChannelOutput<`${D}:${V}` & Channel>>>;
  };
};

export type { Result } from './result';
export type * from './types';
