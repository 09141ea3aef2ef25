-- The records' package index served only the search rows' read-back, which the imports no longer make (they
-- give the rows from the values they write): one index fewer for every record a package writes.
DROP INDEX `imported_records_seq_idx`;
