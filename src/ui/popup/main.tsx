import { render } from 'preact';
import '../theme.css';
import './popup.css';

export function Popup() {
  return (
    <main class="popup">
      <h1>Mastery</h1>
      <p class="mastery-muted">Kinder stories for the things you write.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
