import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * No English reaches assistive technology from antd's insides (issue 23, point 5): its icons label themselves
 * with their English names and the number field's steppers say "Increase Value", in antd's own components too
 * (Select, DatePicker, Pagination, Table, Modal), where no prop or ConfigProvider setting reaches them. So the
 * build resolves those library modules, when the library itself imports them, to the app's stand-ins in
 * renderer/components/a11y/, which wrap the originals: one place, no copy of the library, and every use
 * covered. A library update that renames them fails the build here rather than bringing English back quietly.
 *
 * An icon is then decorative (hidden) unless named. Two of antd's own controls hold nothing but an icon and
 * offer no setting for it (the ConfigProvider in App.tsx names the others: the search button, the tabs' 更多):
 * the table's filter trigger and the clear button of inputs and date fields. Their icon, imported by that
 * control's module alone, is named here, so the control is announced by it.
 */
const NAMED_ICONS: [RegExp, string, string][] = [
  [/[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useFilter[\\/]FilterDropdown\.js$/, 'FilterFilled', '筛选'],
  [/[\\/]antd[\\/]es[\\/]_util[\\/]hooks[\\/]useAllowClear\.js$/, 'CloseCircleFilled', '清除'],
];
const NAMED = '\0baomi-named-icon:';

function quietIcons(): Plugin {
  const standIns: [RegExp, RegExp, string][] = [
    [
      /[\\/]@ant-design[\\/]icons[\\/]es[\\/]icons[\\/]/,
      /^\.\.\/components\/AntdIconLight$/,
      'iconLight.tsx',
    ],
    [/[\\/]@ant-design[\\/]icons[\\/]es[\\/]icons[\\/]/, /^\.\.\/components\/AntdIcon$/, 'iconTwoTone.tsx'],
    [/[\\/]@rc-component[\\/]input-number[\\/]es[\\/]/, /^\.\/StepHandler$/, 'stepHandler.tsx'],
  ];
  const used = new Set<string>();
  return {
    name: 'baomi-quiet-icons',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      for (const [from, spec, file] of standIns)
        if (from.test(importer) && spec.test(source)) {
          used.add(file);
          return fileURLToPath(new URL(`./components/a11y/${file}`, import.meta.url));
        }
      for (const [from, icon, label] of NAMED_ICONS)
        if (from.test(importer) && source === `@ant-design/icons/es/icons/${icon}`) {
          used.add(icon);
          return `${NAMED}${icon}:${label}`;
        }
      return null;
    },
    load(id) {
      if (!id.startsWith(NAMED)) return null;
      const [icon, label] = id.slice(NAMED.length).split(':');
      return [
        `import { createElement, forwardRef } from 'react';`,
        `import Icon from '@ant-design/icons/es/icons/${icon}';`,
        `export default forwardRef((props, ref) => createElement(Icon, { 'aria-label': ${JSON.stringify(label)}, ...props, ref }));`,
      ].join('\n');
    },
    buildEnd(error) {
      if (error) return;
      const missed = [...standIns.map(([, , f]) => f), ...NAMED_ICONS.map(([, i]) => i)].filter(
        (f) => !used.has(f),
      );
      if (missed.length) this.error(`antd 的图标或数字框已改名，无障碍中文替身未接上：${missed.join(', ')}`);
    },
  };
}

/**
 * The renderer is loaded from `app://baomi/` in Electron and from a loopback server in the Chromium bridge:
 * relative asset paths work in both. Everything (fonts included) is bundled; nothing is fetched from outside.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [quietIcons(), react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline data: for fonts and images above a few KiB: the CSP allows them, but files are easier to audit.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
