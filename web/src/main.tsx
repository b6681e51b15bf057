import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import './styles.css';
import './lib/theme';
import ErrorBoundary from './components/ErrorBoundary';
import Layout from './components/Layout';
import { lazyComponent } from './lib/lazyPage';
import Login from './features/auth/Login';
import Register from './features/auth/Register';
import RequireLogin from './features/auth/RequireLogin';
import Problems from './features/problems/Problems';

const loading = (
  <p className="page muted" role="status">
    Loading…
  </p>
);

// Pages with the editor (CodeMirror, Yjs) load on demand, so the first paint of
// the list and login pages stays small.
const Setup = lazyComponent(() => import('./features/auth/Setup'), loading);
const Notifications = lazyComponent(() => import('./features/notifications/Notifications'), loading);
const Settings = lazyComponent(() => import('./features/notifications/Settings'), loading);
const ForgotPassword = lazyComponent(() => import('./features/auth/ForgotPassword'), loading);
const ResetPassword = lazyComponent(() => import('./features/auth/ResetPassword'), loading);
const ProblemPage = lazyComponent(() => import('./features/problems/ProblemPage'), loading);
const Submissions = lazyComponent(() => import('./features/submissions/Submissions'), loading);
const Rooms = lazyComponent(() => import('./features/rooms/Rooms'), loading);
const RoomPage = lazyComponent(() => import('./features/rooms/RoomPage'), loading);
const Replay = lazyComponent(() => import('./features/replay/Replay'), loading);
const Duels = lazyComponent(() => import('./features/duels/Duels'), loading);
const DuelPage = lazyComponent(() => import('./features/duels/DuelPage'), loading);
const DuelResult = lazyComponent(() => import('./features/duels/DuelResult'), loading);
const DuelReplay = lazyComponent(() => import('./features/duels/DuelReplay'), loading);
const Leaderboard = lazyComponent(() => import('./features/duels/Leaderboard'), loading);
const Profile = lazyComponent(() => import('./features/duels/Profile'), loading);
const AdminProblems = lazyComponent(() => import('./features/admin/AdminProblems'), loading);
const AdminProblemEdit = lazyComponent(() => import('./features/admin/AdminProblemEdit'), loading);
const AdminJobs = lazyComponent(() => import('./features/admin/AdminJobs'), loading);
const AdminUsers = lazyComponent(() => import('./features/admin/AdminUsers'), loading);
const Assessments = lazyComponent(() => import('./features/assessments/Assessments'), loading);
const AssessmentEdit = lazyComponent(() => import('./features/assessments/AssessmentEdit'), loading);
const AssessmentPage = lazyComponent(() => import('./features/assessments/AssessmentPage'), loading);
const CandidateReport = lazyComponent(() => import('./features/assessments/CandidateReport'), loading);
const InvitationLanding = lazyComponent(() => import('./features/assessments/InvitationLanding'), loading);
const AttemptPage = lazyComponent(() => import('./features/assessments/AttemptPage'), loading);

function App() {
  return (
    <BrowserRouter>
      <Layout>
        <ErrorBoundary>
          <Routes>
            <Route path="/" element={<Navigate to="/problems" replace />} />
            <Route path="/login" element={<Login />} />
            <Route path="/register" element={<Register />} />
            <Route path="/setup" element={<Setup />} />
            <Route path="/forgot-password" element={<ForgotPassword />} />
            <Route path="/notifications" element={<RequireLogin><Notifications /></RequireLogin>} />
            <Route path="/settings" element={<RequireLogin><Settings /></RequireLogin>} />
            <Route path="/reset-password" element={<ResetPassword />} />
            <Route path="/problems" element={<Problems />} />
            <Route path="/problems/:slug" element={<ProblemPage />} />
            <Route path="/submissions" element={<RequireLogin><Submissions /></RequireLogin>} />
            <Route path="/rooms" element={<RequireLogin staff><Rooms /></RequireLogin>} />
            <Route path="/rooms/:id" element={<RoomPage />} />
            <Route path="/rooms/:id/replay" element={<RequireLogin><Replay /></RequireLogin>} />
            <Route path="/duels" element={<RequireLogin><Duels /></RequireLogin>} />
            <Route path="/duels/:id" element={<RequireLogin><DuelPage /></RequireLogin>} />
            <Route path="/duels/:id/result" element={<RequireLogin><DuelResult /></RequireLogin>} />
            <Route path="/duels/:id/replay" element={<RequireLogin><DuelReplay /></RequireLogin>} />
            <Route path="/leaderboard" element={<RequireLogin><Leaderboard /></RequireLogin>} />
            <Route path="/users/:id" element={<RequireLogin><Profile /></RequireLogin>} />
            <Route path="/assessments" element={<RequireLogin staff><Assessments /></RequireLogin>} />
            <Route path="/assessments/new" element={<RequireLogin staff><AssessmentEdit /></RequireLogin>} />
            <Route path="/assessments/:id" element={<RequireLogin staff><AssessmentPage /></RequireLogin>} />
            <Route path="/assessments/:id/edit" element={<RequireLogin staff><AssessmentEdit /></RequireLogin>} />
            <Route path="/assessments/:id/candidates/:inv" element={<RequireLogin staff><CandidateReport /></RequireLogin>} />
            {/* Candidates have no account: their link and their test are public routes. */}
            <Route path="/a/:token" element={<InvitationLanding />} />
            <Route path="/attempt/:id" element={<AttemptPage />} />
            <Route path="/admin/problems" element={<RequireLogin staff><AdminProblems /></RequireLogin>} />
            <Route path="/admin/problems/new" element={<RequireLogin staff><AdminProblemEdit /></RequireLogin>} />
            <Route path="/admin/problems/:slug" element={<RequireLogin staff><AdminProblemEdit /></RequireLogin>} />
            <Route path="/admin/users" element={<RequireLogin admin><AdminUsers /></RequireLogin>} />
            <Route path="/admin/jobs" element={<RequireLogin admin><AdminJobs /></RequireLogin>} />
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
