import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The bare page is built with the same React plugin and target as the wizard, so only the app differs.
export default defineConfig({ plugins: [react()], build: { target: 'chrome120' } });
