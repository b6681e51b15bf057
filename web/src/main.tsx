import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import './styles.css';
import './lib/theme';
import ErrorBoundary from './components/ErrorBoundary';
import Layout from './components/Layout';
import { useSession } from './lib/useSession';
import Login from './pages/Login';
import Register from './pages/Register';
import Problems from './pages/Problems';
import { lazyComponent } from './lib/lazyPage';

const loading = (
  <p className="page muted" role="status">
    Loading…
  </p>
);

// Pages with the editor (CodeMirror, Yjs) load on demand, so the first paint of
// the list and login pages stays small.
const ProblemPage = lazyComponent(() => import('./pages/ProblemPage'), loading);
const Rooms = lazyComponent(() => import('./pages/Rooms'), loading);
const RoomPage = lazyComponent(() => import('./pages/RoomPage'), loading);
const Replay = lazyComponent(() => import('./pages/Replay'), loading);
const AdminProblems = lazyComponent(() => import('./pages/AdminProblems'), loading);
const AdminProblemEdit = lazyComponent(() => import('./pages/AdminProblemEdit'), loading);
const AdminUsers = lazyComponent(() => import('./pages/AdminUsers'), loading);
const Submissions = lazyComponent(() => import('./pages/Submissions'), loading);

function RequireLogin({ children, staff, admin }: { children: React.ReactNode; staff?: boolean; admin?: boolean }) {
  const s = useSession();
  const loc = useLocation();
  if (!s) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  const role = s.user.role;
  if (admin && role !== 'admin') return <p className="page error-box">This page is for admins.</p>;
  if (staff && role !== 'admin' && role !== 'interviewer')
    return <p className="page error-box">This page is for interviewers and admins.</p>;
  return <>{children}</>;
}

function App() {
  return (
    <BrowserRouter>
      <Layout>
        <ErrorBoundary>
          <Routes>
            <Route path="/" element={<Navigate to="/problems" replace />} />
            <Route path="/login" element={<Login />} />
            <Route path="/register" element={<Register />} />
            <Route path="/problems" element={<Problems />} />
            <Route path="/problems/:slug" element={<ProblemPage />} />
            <Route path="/submissions" element={<RequireLogin><Submissions /></RequireLogin>} />
            <Route path="/rooms" element={<RequireLogin staff><Rooms /></RequireLogin>} />
            <Route path="/rooms/:id" element={<RoomPage />} />
            <Route path="/rooms/:id/replay" element={<RequireLogin><Replay /></RequireLogin>} />
            <Route path="/admin/problems" element={<RequireLogin staff><AdminProblems /></RequireLogin>} />
            <Route path="/admin/problems/new" element={<RequireLogin staff><AdminProblemEdit /></RequireLogin>} />
            <Route path="/admin/problems/:slug" element={<RequireLogin staff><AdminProblemEdit /></RequireLogin>} />
            <Route path="/admin/users" element={<RequireLogin admin><AdminUsers /></RequireLogin>} />
            <Route path="*" element={<p className="page">Nothing here. <a href="/problems">Back to the problems</a>.</p>} />
          </Routes>
        </ErrorBoundary>
      </Layout>
    </BrowserRouter>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
