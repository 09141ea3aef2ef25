// Stands in for @ant-design/icons/es/components/AntdIconLight (the one-colour icons) in the build: see quietIcon.
import AntdIconLight from '@ant-design/icons/es/components/AntdIconLight';
import { quietIcon } from './quietIcon';

export default quietIcon(AntdIconLight);
