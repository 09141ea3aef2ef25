-- The device and media registers' search (保密编号, 资产编号, 型号, 序列号, 硬盘序列号, 责任人, 持有人) read from one
-- index instead of every row (issue 20 point 3: a 编号 search over 5,000 media read the whole table twice, for the
-- count and for the page, 11 ms). The indexed expression is db/schema/devices.ts's DEVICE_SEARCH_TEXT, written
-- here by hand because drizzle-kit splits an expression index at its commas; the query uses the same expression,
-- so SQLite reads it from the index: the count is a scan of the family's index entries, the page the 登记日期 and
-- id of the matching ones, then their rows.
CREATE INDEX `devices_search_idx` ON `devices` (`family`, (device_no || char(31) || ifnull(asset_no, '') || char(31) || ifnull(brand_model, '') || char(31) || ifnull(serial_no, '') || char(31) || ifnull(disk_serials, '') || char(31) || ifnull(custodian_name, '') || char(31) || ifnull(holder_name, '')), `registered_on`);
