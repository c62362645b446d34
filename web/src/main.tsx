import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles.css';
import './i18n';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './routes';
import { AppProviders } from './shared/AppProviders';
import { PageLoading } from './shared/PageLoading';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      {/* Catches lazy pages that sit above any layout's own boundary (the workbench layout itself). */}
      <Suspense fallback={<PageLoading />}>
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>
  </StrictMode>,
);
