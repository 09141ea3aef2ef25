// The persons domain's channels: name, input schema, output type and who may call (merged by ipc/contract.ts).
import { channel, channels } from '../../ipc/channel';
import { empty, type Page } from '../../ipc/schemas/common';
import {
  DepartInput,
  ExtendSeparationInput,
  LinkAccountInput,
  type PersonCounts,
  PersonCreateInput,
  type PersonDetail,
  PersonIdInput,
  PersonListInput,
  type PersonnelSettings,
  PersonnelSettingsInput,
  PersonPostInput,
  type PersonRow,
  PersonUpdateInput,
  PostAddInput,
  PostEndInput,
} from '../../ipc/schemas/persons';
import {
  type ClearanceDecisionView,
  ClearanceNominateInput,
  ClearanceStepInput,
  type PersonDossier,
  PledgeInput,
  type PledgeView,
  TrainingInput,
  type TrainingView,
  VettingInput,
  type VettingView,
} from '../../ipc/schemas/persons-records';
import { type AnnualReport, AnnualReportInput } from '../../ipc/schemas/persons-report';

export const personsChannels = channels('persons', {
  'persons:list': channel<Page<PersonRow>>()(PersonListInput, 'register:read'),
  'persons:get': channel<PersonDetail>()(PersonIdInput, 'register:read'),
  'persons:dossier': channel<PersonDossier>()(PersonIdInput, 'register:read'),
  'persons:counts': channel<PersonCounts>()(empty, 'register:read'),
  'persons:annualReport': channel<AnnualReport>()(AnnualReportInput, 'register:read'),
  'persons:create': channel<PersonDetail>()(PersonCreateInput, 'register:write'),
  'persons:update': channel<PersonDetail>()(PersonUpdateInput, 'register:write'),
  'persons:addPost': channel<PersonDetail>()(PostAddInput, 'register:write'),
  'persons:endPost': channel<PersonDetail>()(PostEndInput, 'register:write'),
  'persons:nominateClearance': channel<ClearanceDecisionView>()(ClearanceNominateInput, 'register:write'),
  'persons:clearanceStep': channel<ClearanceDecisionView>()(ClearanceStepInput, 'register:write'),
  'persons:vet': channel<VettingView[]>()(VettingInput, 'register:write'),
  'persons:train': channel<TrainingView[]>()(TrainingInput, 'register:write'),
  'persons:pledge': channel<PledgeView[]>()(PledgeInput, 'register:write'),
  'persons:post': channel<PersonDetail>()(PersonPostInput, 'register:write'),
  'persons:linkAccount': channel<PersonDetail>()(LinkAccountInput, 'register:write'),
  'persons:depart': channel<PersonDetail>()(DepartInput, 'register:write'),
  'persons:extendSeparation': channel<PersonDetail>()(ExtendSeparationInput, 'register:write'),
  'persons:settings': channel<PersonnelSettings>()(empty, 'register:read'),
  'persons:updateSettings': channel<PersonnelSettings>()(PersonnelSettingsInput, 'register:write'),
});
