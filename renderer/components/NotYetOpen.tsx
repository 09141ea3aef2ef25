import { Result, Typography } from 'antd';

/**
 * The honest page for a register this version does not have yet: it says so and what will bring it, and
 * shows no data at all (never sample rows that could be mistaken for the unit's records).
 */
export function NotYetOpen({ title, comesWith }: { title: string; comesWith: string }) {
  return (
    <Result
      status="info"
      className="not-yet-open"
      title={`${title}：尚未开放`}
      subTitle={
        <div>
          <Typography.Paragraph>本版本还没有这本台账，因此这里不显示任何数据。</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{comesWith}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            在此之前，请继续按单位现行的纸质台账登记。
          </Typography.Paragraph>
        </div>
      }
    />
  );
}
