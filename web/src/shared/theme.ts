import type { ThemeConfig } from 'antd';

// The font stack of styles.css (system Chinese fonts first, the bundled Noto Sans SC last).
const fontFamily = 'var(--font-sans)';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1456c8',
    fontFamily,
    borderRadius: 6,
  },
};
