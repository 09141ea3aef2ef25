import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CONTROL_ICONS } from './components/a11y/controlIcons';
import { ChangePasswordScreen } from './shell/ChangePasswordScreen';
import { CleanStartScreen } from './shell/CleanStartScreen';
import { MainLayout } from './shell/MainLayout';
import { SetupWizard } from './shell/SetupWizard';
import { UnlockScreen } from './shell/UnlockScreen';
import { useSession } from './stores/session.store';
import { THEME } from './theme';

function Screen() {
  const { phase, error, mustChange } = useSession(
    useShallow((s) => ({
      phase: s.phase,
      error: s.error,
      mustChange: s.account?.mustChangePassword ?? false,
    })),
  );
  const refresh = useSession((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (error) return <Result status="error" title="无法读取程序状态" subTitle={error} />;
  switch (phase) {
    case 'loading':
      return <Spin fullscreen description="正在启动…" />;
    case 'offline':
      return (
        <Result
          status="warning"
          title="未连接程序核心"
          subTitle="此页面需要由保密工作台程序打开（npm start），直接打开网页文件无法读取数据。"
        />
      );
    case 'setup':
      return <SetupWizard />;
    case 'incomplete':
      return <CleanStartScreen />;
    case 'locked':
      return <UnlockScreen />;
    case 'unlocked':
      return mustChange ? <ChangePasswordScreen /> : <MainLayout />;
  }
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }} {...CONTROL_ICONS}>
      <AntApp>
        <Screen />
      </AntApp>
    </ConfigProvider>
  );
}
