import { render } from 'preact';
import '../theme.css';
import './options.css';

export function Options() {
  return (
    <main class="options">
      <h1>Mastery settings</h1>
      <p class="mastery-muted">Everything Mastery notices stays on this device.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
