import type { ThemeConfig } from 'antd';

/** Calm and official: a deep administrative blue, neutral greys, small radii, 13 px body text. */
export const THEME: ThemeConfig = {
  // Components take their styles from antd/dist/antd.css (imported in main.tsx) instead of making them at run
  // time; the tokens below still apply, as the CSS variables antd keeps injecting.
  zeroRuntime: true,
  token: {
    colorPrimary: '#1f4e79',
    colorInfo: '#1f4e79',
    colorBgLayout: '#f2f3f5',
    colorText: '#1f2329',
    borderRadius: 3,
    fontSize: 13,
    controlHeight: 30,
    fontFamily: "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif",
    // A register is a working tool: no sliding and fading, everything appears at once.
    motion: false,
  },
  components: {
    Layout: { headerBg: '#1d3a5c', headerHeight: 48, headerPadding: '0 16px', siderBg: '#ffffff' },
    Menu: { itemHeight: 28, groupTitleFontSize: 12, itemMarginBlock: 0, itemSelectedBg: '#e6eef7' },
    Table: { headerBg: '#f5f6f8', cellPaddingBlockSM: 5 },
  },
};
