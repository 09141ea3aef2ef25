// Stands in for @ant-design/icons/es/components/AntdIcon (the two-tone icons) in the build: see quietIcon.
import AntdIcon from '@ant-design/icons/es/components/AntdIcon';
import { quietIcon } from './quietIcon';

export default quietIcon(AntdIcon);
