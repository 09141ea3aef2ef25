// ---- Notices the supervising bureau sends down (issue 25, point 6) ----

/** 意见 on a departing 涉密人员, 整改通知 after a supervisory check, 备案 acknowledgement. */
export const NOTICE_KINDS = ['opinion', 'rectification', 'filing'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The bureau's answer on a 涉密人员 leaving (征求上级保密工作部门的意见). */
export const OPINION_VERDICTS = ['agree', 'agree_extend', 'disagree'] as const;
export type OpinionVerdict = (typeof OPINION_VERDICTS)[number];

/** What a 备案 acknowledges: a reported 涉密人员 or a 定密 item. */
export const FILING_REGISTERS = ['persons', 'classification_items'] as const;
export type FilingRegister = (typeof FILING_REGISTERS)[number];

/**
 * A sent notice as the bureau sees it from the unit's packages: not yet shown received, received, received with
 * findings still open, or answered (every finding of a 整改通知 came back closed).
 */
export const NOTICE_STATES = ['sent', 'received', 'rectifying', 'answered'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];
