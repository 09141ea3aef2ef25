// 保密委员会: members, meetings (decisions become tracked tasks), 督办事项, the yearly plan and summary with the
// departments' 责任书, the 涉密会议与活动 register, and the unit's 保密制度 and 保密工作档案.
import { Tabs, Typography } from 'antd';
import { ClassifiedMeetingsTab } from './ClassifiedMeetingsTab';
import { MeetingsTab } from './MeetingsTab';
import { MembersTab } from './MembersTab';
import { RulesArchiveTab } from './RulesArchiveTab';
import { TasksTab } from './TasksTab';
import { YearTab } from './YearTab';

export function CommitteeRegister() {
  return (
    <div className="page register-page">
      <Typography.Title level={4} className="page-title">
        保密委员会
      </Typography.Title>
      <Tabs
        items={[
          { key: 'meetings', label: '委员会会议', children: <MeetingsTab /> },
          { key: 'tasks', label: '督办事项', children: <TasksTab /> },
          { key: 'classified', label: '涉密会议与活动', children: <ClassifiedMeetingsTab /> },
          { key: 'year', label: '年度计划与总结', children: <YearTab /> },
          { key: 'members', label: '成员', children: <MembersTab /> },
          { key: 'rules', label: '制度与档案', children: <RulesArchiveTab /> },
        ]}
      />
    </div>
  );
}
