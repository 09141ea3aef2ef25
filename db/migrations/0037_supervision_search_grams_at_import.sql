-- The import now writes each search row's pairs itself (electron/core/exchange/supervisor-search.ts rowGrams, the
-- same tokens): the trigger spelled them out position by position in SQL, a third of a full package's import.
-- Deleting a row still drops its pairs through `supervision_search_ad`.
DROP TRIGGER IF EXISTS `supervision_search_ai`;
