import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => {
  // dist/ is what the server ships. A NODE_ENV inherited from a test runner ("test") or a
  // shell ("development") would otherwise yield a development build of React and antd.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    plugins: [react()],
    server: {
      // The API sets its session cookie for its own origin; proxying keeps the dev app same-origin.
      proxy: { '/api': 'http://127.0.0.1:3000' },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
    },
  };
});
