import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { PortalLayout } from './portal/PortalLayout';
import { RequireRole } from './shared/RequireRole';
import { RequireSession } from './shared/RequireSession';

// Each page is its own chunk: a citizen on a phone should not download the staff workbench.
const HomePage = lazy(() => import('./portal/HomePage'));
const RegisterPage = lazy(() => import('./portal/RegisterPage'));
const LoginPage = lazy(() => import('./portal/LoginPage'));
const AccountPage = lazy(() => import('./portal/account/AccountPage'));
const NotFoundPage = lazy(() => import('./shared/NotFoundPage'));
const WorkbenchLayout = lazy(() => import('./workbench/WorkbenchLayout'));
const WorkbenchHome = lazy(() => import('./workbench/WorkbenchHome'));
const StaffPage = lazy(() => import('./workbench/staff/StaffPage'));
const AuditPage = lazy(() => import('./workbench/audit/AuditPage'));
const PersonSearchPage = lazy(() => import('./workbench/persons/PersonSearchPage'));
const PersonPage = lazy(() => import('./workbench/persons/PersonPage'));

export const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'login', element: <LoginPage /> },
      {
        element: <RequireSession kinds={['person', 'organization']} />,
        children: [{ path: 'account', element: <AccountPage /> }],
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
