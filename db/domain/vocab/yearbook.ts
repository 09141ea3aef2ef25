// 年度保密工作台账 and 自查自评报告 (issue 18). The report's areas are CHECK_AREAS (regulation art. 58, in the
// article's order); the book's sections are the registers of the BMP 台账 template (REFERENCE §2.1), in its order.

/** The sections of the 年度保密工作台账, in the order of REFERENCE §2.1: the workbook's sheets and the PDF's chapters. */
export const YEARBOOK_SECTIONS = [
  'committee_members',
  'clerks',
  'work_plan',
  'responsibility_letters',
  'leader_checks',
  'committee_meetings',
  'rule_documents',
  'trainings',
  'inspections',
  'incidents',
  'key_sites',
  'sanctions',
  'destructions',
  'classification_items',
  'produced',
  'declassified',
  'received',
  'top_secret_knowers',
  'classified_meetings',
  'publication_reviews',
  'computers',
  'media',
  'loans',
  'prints',
  'copies',
  'repairs',
  'tech_protection',
] as const;
export type YearbookSection = (typeof YEARBOOK_SECTIONS)[number];
