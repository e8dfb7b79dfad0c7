// Renderer entry: mounts the app. Styles are plain CSS files (the CSP allows no inline styles).
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import './styles/base.css';
import './styles/frame.css';
import './styles/inbox.css';
import './styles/editor.css';
import './styles/panel.css';
import './styles/dialogs.css';

createRoot(document.getElementById('root')!).render(<App />);
