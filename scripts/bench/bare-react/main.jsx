// The baseline: the smallest React page, built by the same Vite, to compare start-up against.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<button data-testid="bare-ready">ready</button>);
