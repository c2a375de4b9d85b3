-- Planner statistics: without them SQLite picks the _status index over slug or the section relation (a full scan).
PRAGMA analysis_limit=1000;
ANALYZE;
