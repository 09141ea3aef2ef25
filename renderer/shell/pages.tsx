// Route → page. Registers this version has get their component; the others the honest 尚未开放 page.
import { Card, Typography, message } from 'antd';
import type { ComponentType } from 'react';
import type { Action, RegisterId } from '../../electron/ipc/contract';
import { ADMIN_PAGES } from '../admin';
import { NotYetOpen } from '../components/NotYetOpen';
import { AllowanceStatementPrint } from '../prints/allowance/AllowanceStatementPrint';
import { PersonDossierPrint } from '../prints/persons/PersonDossierPrint';
import { AnnualReportPrint } from '../prints/persons/AnnualReportPrint';
import { PersonFormPrint } from '../prints/persons/PersonFormPrints';
import { FingerprintSheetPrint } from '../prints/keys/FingerprintSheetPrint';
import { CarrierPrint } from '../prints/carriers/CarrierPrints';
import { CopyRegisterPrint } from '../prints/carriers/CopyRegisterPrint';
import { DevicePrint } from '../prints/devices/DeviceFormPrints';
import { PledgePrint } from '../prints/persons/PledgePrint';
import { UnitSheetPrint } from '../prints/settings/UnitSheetPrint';
import { AllowanceRegister } from '../registers/allowance/AllowanceRegister';
import { ApprovalsRegister } from '../registers/approvals/ApprovalsRegister';
import { CarriersRegister } from '../registers/carriers/CarriersRegister';
import { ExchangeRegister } from '../registers/exchange/ExchangeRegister';
import { ClassificationItemsRegister } from '../registers/classification/ClassificationItemsRegister';
import { ADMIN_ENTRIES, REGISTER_ENTRIES, type AdminId } from '../registers/catalog';
import { PersonsRegister } from '../registers/persons/PersonsRegister';
import { TravelRegister } from '../registers/travel/TravelRegister';
import { DevicesRegister, MediaRegister } from '../registers/devices/DevicesRegister';
import { UsageRegister } from '../registers/devices/UsageRegister';
import { RepairsRegister } from '../registers/devices/RepairsRegister';
import { InspectionsRegister } from '../registers/inspections/InspectionsRegister';
import { InspectionPrint } from '../prints/inspections/InspectionPrints';
import { IncidentPrint } from '../prints/incidents/IncidentPrint';
import { IncidentsRegister } from '../registers/incidents/IncidentsRegister';
import { ReviewsRegister } from '../registers/reviews/ReviewsRegister';
import { KeySitesRegister } from '../registers/key_sites/KeySitesRegister';
import { CommitteeRegister } from '../registers/committee/CommitteeRegister';
import { ReviewApprovalPrint, ReviewRegisterPrint } from '../prints/reviews/ReviewPrints';
import {
  KeySiteApprovalPrint,
  KeySiteRevokePrint,
  KeySiteVisitsPrint,
} from '../prints/key_sites/KeySitePrints';
import {
  CommitteeMeetingPrint,
  MeetingPrint,
  ResponsibilityLetterPrint,
  RuleListPrint,
  YearPlanPrint,
} from '../prints/committee/CommitteePrints';
import { LeaderCheckPrint } from '../prints/committee/LeaderCheckPrint';
import { TrainingsRegister } from '../registers/trainings/TrainingsRegister';
import { AppraisalPrint } from '../prints/trainings/AppraisalPrint';
import { SessionPrint } from '../prints/trainings/SessionPrint';
import { SanctionsPrint, TrainingYearPrint } from '../prints/trainings/YearPrints';
import { YearbookPage } from '../registers/yearbook/YearbookPage';
import { SelfAssessmentPrint } from '../prints/yearbook/SelfAssessmentPrint';
import { YearbookPrint } from '../prints/yearbook/YearbookPrint';
import { AgreementPrint } from '../prints/trainings/AgreementPrint';
import { SupervisorReportPrint } from '../prints/supervisor/SupervisorReportPrint';
import { ChangePasswordForm } from './ChangePasswordForm';
import { HomePage } from './HomePage';
import { navigate } from './route';
import { PAGE_LABELS } from '../../db/domain/labels';

const BUILT: Partial<Record<RegisterId, ComponentType>> = {
  carriers: CarriersRegister,
  classification_items: ClassificationItemsRegister,
  approvals: ApprovalsRegister,
  persons: PersonsRegister,
  private_travel: TravelRegister,
  allowance: AllowanceRegister,
  trainings: TrainingsRegister,
  exchange: ExchangeRegister,
  classified_devices: DevicesRegister,
  classified_media: MediaRegister,
  usage_logs: UsageRegister,
  repairs: RepairsRegister,
  inspections: InspectionsRegister,
  incidents: IncidentsRegister,
  reviews: ReviewsRegister,
  key_sites: KeySitesRegister,
  committee: CommitteeRegister,
  yearbook: YearbookPage,
};

function PasswordPage() {
  return (
    <div className="page">
      <Typography.Title level={4} className="page-title">
        修改密码
      </Typography.Title>
      <Card size="small" style={{ maxWidth: 480 }}>
        <ChangePasswordForm
          onDone={() => {
            void message.success('密码已修改。下次登录请使用新密码。');
            navigate('home');
          }}
        />
      </Card>
    </div>
  );
}

export function PageOf({ route, actions }: { route: string; actions: Action[] }) {
  const [kind, id] = route.split('/') as [string, string | undefined];
  if (kind === 'print' && id === 'unit') return <UnitSheetPrint />;
  if (kind === 'print' && id === 'person-dossier') return <PersonDossierPrint />;
  if (kind === 'print' && id === 'person-register') return <PersonFormPrint form={id} />;
  if (kind === 'print' && id === 'person-pledge') return <PledgePrint />;
  if (kind === 'print' && id === 'person-vetting') return <PersonFormPrint form={id} />;
  if (kind === 'print' && id === 'person-leaving') return <PersonFormPrint form={id} />;
  if (kind === 'print' && id === 'person-travel') return <PersonFormPrint form={id} />;
  if (kind === 'print' && id === 'annual-report') return <AnnualReportPrint />;
  if (kind === 'print' && id === 'allowance') return <AllowanceStatementPrint />;
  if (kind === 'print' && id === 'fingerprint') return <FingerprintSheetPrint />;
  if (kind === 'print' && id === 'training-session') return <SessionPrint />;
  if (kind === 'print' && id === 'training-appraisals') return <AppraisalPrint />;
  if (kind === 'print' && id === 'training-year') return <TrainingYearPrint />;
  if (kind === 'print' && id === 'training-sanctions') return <SanctionsPrint />;
  if (kind === 'print' && id === 'training-agreement') return <AgreementPrint />;
  if (kind === 'print' && id === 'carrier-copies') return <CopyRegisterPrint />;
  if (kind === 'print' && id?.startsWith('carrier-')) return <CarrierPrint name={id} />;
  if (kind === 'print' && id?.startsWith('device-')) return <DevicePrint name={id} />;
  if (kind === 'print' && id?.startsWith('inspection-')) return <InspectionPrint name={id} />;
  if (kind === 'print' && id?.startsWith('incident-')) return <IncidentPrint name={id} />;
  if (kind === 'print' && id === 'review') return <ReviewApprovalPrint />;
  if (kind === 'print' && id === 'review-register') return <ReviewRegisterPrint />;
  if (kind === 'print' && id === 'key-site') return <KeySiteApprovalPrint />;
  if (kind === 'print' && id === 'key-site-revoke') return <KeySiteRevokePrint />;
  if (kind === 'print' && id === 'key-site-visits') return <KeySiteVisitsPrint />;
  if (kind === 'print' && id === 'meeting') return <MeetingPrint />;
  if (kind === 'print' && id === 'committee-meeting') return <CommitteeMeetingPrint />;
  if (kind === 'print' && id === 'rule-list') return <RuleListPrint />;
  if (kind === 'print' && id === 'committee-plan') return <YearPlanPrint />;
  if (kind === 'print' && id === 'responsibility-letter') return <ResponsibilityLetterPrint />;
  if (kind === 'print' && id === 'leader-check') return <LeaderCheckPrint />;
  if (kind === 'print' && id === 'self-assessment') return <SelfAssessmentPrint />;
  if (kind === 'print' && id === 'yearbook') return <YearbookPrint />;
  if (kind === 'print' && id === 'supervisor-report') return <SupervisorReportPrint />;
  if (kind === 'password') return <PasswordPage />;
  if (kind === 'reg' && id && id in REGISTER_ENTRIES && actions.includes('register:read')) {
    const Built = BUILT[id as RegisterId];
    if (Built) return <Built />;
    const comesWith = REGISTER_ENTRIES[id as RegisterId].comesWith ?? '';
    return <NotYetOpen title={PAGE_LABELS[id as RegisterId]} comesWith={comesWith} />;
  }
  if (kind === 'admin' && id && id in ADMIN_ENTRIES) {
    // MainLayout refuses a route the role's navigation does not offer before this is reached.
    const Page = ADMIN_PAGES[id as AdminId];
    return <Page />;
  }
  return <HomePage />;
}
