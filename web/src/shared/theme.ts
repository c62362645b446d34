import type { ThemeConfig } from 'antd';

// Noto Sans SC is bundled so Chinese renders the same on machines without CJK system fonts.
const fontFamily =
  "'Noto Sans SC', -apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1456c8',
    fontFamily,
    borderRadius: 6,
  },
};
