import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@dvc/core/tokens.css';
import '../../portal.css';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
