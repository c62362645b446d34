import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PortalLayout } from './portal/PortalLayout';
import { RequireRole } from './shared/RequireRole';
import { RequireSession } from './shared/RequireSession';
import { sectionRoles } from './workbench/sections';

// Each page is its own chunk: a citizen on a phone should not download the staff workbench.
const HomePage = lazy(() => import('./portal/HomePage'));
const RegisterPage = lazy(() => import('./portal/RegisterPage'));
const LoginPage = lazy(() => import('./portal/LoginPage'));
const AccountPage = lazy(() => import('./portal/account/AccountPage'));
const HallPage = lazy(() => import('./portal/hall/HallPage'));
const GuidePage = lazy(() => import('./portal/guide/GuidePage'));
const LifeEventPage = lazy(() => import('./portal/lifeEvent/LifeEventPage'));
const ProgressPage = lazy(() => import('./portal/progress/ProgressPage'));
const VerifyPage = lazy(() => import('./portal/verify/VerifyPage'));
const LicenseVerifyPage = lazy(() => import('./portal/licenses/LicenseVerifyPage'));
const SharedLicensePage = lazy(() => import('./portal/licenses/SharedLicensePage'));
const WalletPage = lazy(() => import('./portal/licenses/WalletPage'));
const ApplyPage = lazy(() => import('./portal/apply/ApplyPage'));
const ConfirmationPage = lazy(() => import('./portal/apply/ConfirmationPage'));
const MyApplicationsPage = lazy(() => import('./portal/applications/MyApplicationsPage'));
const ApplicationDetailPage = lazy(() => import('./portal/applications/ApplicationDetailPage'));
const NotificationsPage = lazy(() => import('./portal/notifications/NotificationsPage'));
const MyRequestsPage = lazy(() => import('./portal/hotline/MyRequestsPage'));
const NewRequestPage = lazy(() => import('./portal/hotline/NewRequestPage'));
const MyRequestPage = lazy(() => import('./portal/hotline/MyRequestPage'));
const MyProjectsPage = lazy(() => import('./portal/projects/MyProjectsPage'));
const RegisterProjectPage = lazy(() => import('./portal/projects/RegisterProjectPage'));
const ProjectPage = lazy(() => import('./portal/projects/ProjectPage'));
const StageFilePage = lazy(() => import('./portal/projects/StageFilePage'));
const MyFilingPage = lazy(() => import('./portal/projects/FilingPage'));
const MyPlanningsPage = lazy(() => import('./portal/planning/MyPlanningsPage'));
const NewPlanningPage = lazy(() => import('./portal/planning/NewPlanningPage'));
const PlanningPage = lazy(() => import('./portal/planning/PlanningPage'));
const FilingsPage = lazy(() => import('./workbench/projects/FilingsPage'));
const FilingPage = lazy(() => import('./workbench/projects/FilingPage'));
const ProjectsDashboardPage = lazy(() => import('./dashboard/ProjectsDashboardPage'));
const NotFoundPage = lazy(() => import('./shared/NotFoundPage'));
const WorkbenchLayout = lazy(() => import('./workbench/WorkbenchLayout'));
const WorkbenchHome = lazy(() => import('./workbench/WorkbenchHome'));
const StaffPage = lazy(() => import('./workbench/staff/StaffPage'));
const AuditPage = lazy(() => import('./workbench/audit/AuditPage'));
const PersonSearchPage = lazy(() => import('./workbench/persons/PersonSearchPage'));
const PersonPage = lazy(() => import('./workbench/persons/PersonPage'));
const RectificationListPage = lazy(() => import('./workbench/evaluation/RectificationListPage'));
const RectificationPage = lazy(() => import('./workbench/evaluation/RectificationPage'));
const LicensesPage = lazy(() => import('./workbench/licenses/LicensesPage'));
const InboxPage = lazy(() => import('./workbench/inbox/InboxPage'));
const CasePage = lazy(() => import('./workbench/cases/CasePage'));
const WindowIntakePage = lazy(() => import('./workbench/window/WindowIntakePage'));
const SupervisionPage = lazy(() => import('./workbench/supervision/SupervisionPage'));
const CallPage = lazy(() => import('./workbench/hotline/CallPage'));
const OrdersPage = lazy(() => import('./workbench/hotline/OrdersPage'));
const UnitOrdersPage = lazy(() => import('./workbench/hotline/UnitOrdersPage'));
const TicketPage = lazy(() => import('./workbench/hotline/TicketPage'));
const BlueprintPage = lazy(() => import('./workbench/blueprint/BlueprintPage'));
const ConflictsPage = lazy(() => import('./workbench/blueprint/ConflictsPage'));
const ConflictPage = lazy(() => import('./workbench/blueprint/ConflictPage'));
const PlanningRequestsPage = lazy(() => import('./workbench/blueprint/PlanningRequestsPage'));
const PlanningRequestPage = lazy(() => import('./workbench/blueprint/PlanningRequestPage'));
const HotlineDashboardPage = lazy(() => import('./dashboard/HotlineDashboardPage'));
const LiveBoardPage = lazy(() => import('./dashboard/LiveBoardPage'));
const AdminLayout = lazy(() => import('./admin/AdminLayout'));
const MatterListPage = lazy(() => import('./admin/matters/MatterListPage'));
const MatterEditorPage = lazy(() => import('./admin/matters/MatterEditorPage'));
const ProcessPage = lazy(() => import('./admin/process/ProcessPage'));
const CatalogueTransferPage = lazy(() => import('./admin/catalogue/CatalogueTransferPage'));
const CalendarPage = lazy(() => import('./admin/calendar/CalendarPage'));
const DevMailboxPage = lazy(() => import('./admin/mailbox/DevMailboxPage'));
const LayerImportPage = lazy(() => import('./admin/blueprint/LayerImportPage'));

export const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'matters', element: <HallPage /> },
      { path: 'matters/:code', element: <GuidePage /> },
      { path: 'life-events/:code', element: <LifeEventPage /> },
      { path: 'progress', element: <ProgressPage /> },
      { path: 'verify/:code', element: <VerifyPage /> },
      { path: 'licenses/verify', element: <LicenseVerifyPage /> },
      { path: 'licenses/verify/:token', element: <LicenseVerifyPage /> },
      { path: 'licenses/shared/:token', element: <SharedLicensePage /> },
      {
        element: <RequireSession kinds={['person', 'organization']} />,
        children: [
          { path: 'account', element: <AccountPage /> },
          { path: 'apply/:code', element: <ApplyPage /> },
          { path: 'apply/drafts/:draftId', element: <ApplyPage /> },
          { path: 'apply/submitted/:applicationNo', element: <ConfirmationPage /> },
          { path: 'my/applications', element: <MyApplicationsPage /> },
          { path: 'my/applications/:applicationNo', element: <ApplicationDetailPage /> },
          { path: 'my/notifications', element: <NotificationsPage /> },
          { path: 'my/licenses', element: <WalletPage /> },
          { path: 'my/projects', element: <MyProjectsPage /> },
          { path: 'my/projects/new', element: <RegisterProjectPage /> },
          { path: 'my/projects/:id', element: <ProjectPage /> },
          { path: 'my/projects/:id/stages/:stage', element: <StageFilePage /> },
          { path: 'my/projects/:id/filings/:filingId', element: <MyFilingPage /> },
          { path: 'my/plannings', element: <MyPlanningsPage /> },
          { path: 'my/plannings/new', element: <NewPlanningPage /> },
          { path: 'my/plannings/:id', element: <PlanningPage /> },
        ],
      },
      {
        // 12345 online: a person's own requests (an organisation's agent calls the hotline).
        element: <RequireSession kinds={['person']} />,
        children: [
          { path: 'my/hotline', element: <MyRequestsPage /> },
          { path: 'my/hotline/new', element: <NewRequestPage /> },
          { path: 'my/hotline/:ticketNo', element: <MyRequestPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: 'workbench',
    element: <RequireSession kinds={['staff']} />,
    children: [
      {
        element: <WorkbenchLayout />,
        children: [
          { index: true, element: <WorkbenchHome /> },
          {
            element: <RequireRole requires="security_admin" />,
            children: [{ path: 'staff', element: <StaffPage /> }],
          },
          {
            element: <RequireRole requires="audit_admin" />,
            children: [{ path: 'audit', element: <AuditPage /> }],
          },
          {
            element: <RequireRole requires="window_clerk" />,
            children: [
              { path: 'persons', element: <PersonSearchPage /> },
              { path: 'persons/:id', element: <PersonPage /> },
            ],
          },
          {
            element: <RequireRole requires={['reviewer', 'approver', 'dept_head', 'supervisor']} />,
            children: [
              { path: 'rectifications', element: <RectificationListPage /> },
              { path: 'rectifications/:id', element: <RectificationPage /> },
              { path: 'licenses', element: <LicensesPage /> },
            ],
          },
          {
            element: <RequireRole requires={['window_clerk', 'reviewer', 'approver', 'dept_head']} />,
            children: [{ path: 'inbox', element: <InboxPage /> }],
          },
          {
            element: (
              <RequireRole requires={['window_clerk', 'reviewer', 'approver', 'dept_head', 'supervisor']} />
            ),
            children: [{ path: 'cases/:applicationNo', element: <CasePage /> }],
          },
          {
            element: <RequireRole requires="window_clerk" />,
            children: [{ path: 'window', element: <WindowIntakePage /> }],
          },
          {
            element: <RequireRole requires={['supervisor', 'dept_head']} />,
            children: [{ path: 'supervision', element: <SupervisionPage /> }],
          },
          {
            element: <RequireRole requires={['reviewer', 'approver', 'dept_head', 'supervisor']} />,
            children: [
              { path: 'projects', element: <FilingsPage /> },
              { path: 'projects/filings/:filingId', element: <FilingPage /> },
            ],
          },
          {
            element: <RequireRole requires="hotline_operator" />,
            children: [{ path: 'hotline/call', element: <CallPage /> }],
          },
          {
            element: <RequireRole requires={['hotline_operator', 'supervisor']} />,
            children: [
              { path: 'hotline/orders', element: <OrdersPage /> },
              { path: 'hotline/orders/:ticketNo', element: <TicketPage /> },
            ],
          },
          {
            element: <RequireRole requires={['reviewer', 'approver', 'dept_head']} />,
            children: [
              { path: 'hotline/unit', element: <UnitOrdersPage /> },
              { path: 'hotline/unit/:ticketNo', element: <TicketPage /> },
            ],
          },
          {
            element: <RequireRole requires={sectionRoles('/workbench/blueprint')} />,
            children: [{ path: 'blueprint', element: <BlueprintPage /> }],
          },
          {
            element: <RequireRole requires={sectionRoles('/workbench/conflicts')} />,
            children: [
              { path: 'conflicts', element: <ConflictsPage /> },
              { path: 'conflicts/:id', element: <ConflictPage /> },
            ],
          },
          {
            element: <RequireRole requires={sectionRoles('/workbench/plannings')} />,
            children: [
              { path: 'plannings', element: <PlanningRequestsPage /> },
              { path: 'plannings/:id', element: <PlanningRequestPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    // Dashboards are staff pages of their own (/dashboard/…), in the workbench's frame and menu.
    path: 'dashboard',
    element: <RequireSession kinds={['staff']} />,
    children: [
      {
        element: <WorkbenchLayout />,
        children: [
          { index: true, element: <Navigate to="hotline" replace /> },
          {
            element: <RequireRole requires={['hotline_operator', 'supervisor', 'sys_admin']} />,
            children: [
              { path: 'hotline', element: <HotlineDashboardPage /> },
              { path: 'live', element: <LiveBoardPage /> },
            ],
          },
          {
            element: <RequireRole requires={['supervisor', 'dept_head']} />,
            children: [{ path: 'projects', element: <ProjectsDashboardPage /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    path: 'admin',
    element: <RequireSession kinds={['staff']} />,
    children: [
      {
        element: <AdminLayout />,
        children: [
          { index: true, element: <Navigate to="matters" replace /> },
          {
            element: <RequireRole requires={['sys_admin', 'catalogue_maintainer']} />,
            children: [
              { path: 'matters', element: <MatterListPage /> },
              { path: 'matters/new', element: <MatterEditorPage /> },
              { path: 'matters/:code', element: <MatterEditorPage /> },
              { path: 'matters/:code/process', element: <ProcessPage /> },
            ],
          },
          {
            element: <RequireRole requires="sys_admin" />,
            children: [
              { path: 'catalogue', element: <CatalogueTransferPage /> },
              { path: 'calendar', element: <CalendarPage /> },
              { path: 'mailbox', element: <DevMailboxPage /> },
              { path: 'blueprint', element: <LayerImportPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
