// The form kit every register uses: one action dialog, the approval an action rests on, dates and "today",
// person and department pickers, and the small fields the registers share.
export { ActionModal, type ActionModalProps } from './ActionModal';
export { ApprovalFields, approvalInput, type ApprovalInput, type ApprovalValues } from './ApprovalFields';
export { clean } from './clean';
export { DateInput, DAY_FORMATS, type DateInputProps } from './DateInput';
export { DateItem, FormGroup, PersonFields, TextField, type FieldName } from './fields';
export { DepartmentSelect, DepartmentsSelect, PersonPicker } from './pickers';
export { NameField, NamesField, NameSelect } from './NamePicker';
export { nowMinute, thisMonth, today } from './today';
export { CarrierPicker } from './CarrierPicker';
export { ScanField } from './ScanField';
export { focusFirstField, PasswordInput, submitOnEnter } from './keyboard';
