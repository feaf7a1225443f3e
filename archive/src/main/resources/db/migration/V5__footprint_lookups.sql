-- The monitor judges every delivery from the reader's last hour and asks, for each origin and TAGS term met in it,
-- whether the reader met it in the 30 days before. The hour is now read from one index alone (it holds every column
-- the figures need), and each "met before?" is one seek, where before each delivery scanned the hour three times
-- and the 30 days twice: a reader who reads a lot, the very reader the monitor watches, made every delivery slower.
DROP INDEX access_footprint_reader_time;
CREATE INDEX access_footprint_reader_hour ON access_footprint (reader, read_at, reference_id, origin, tag);
CREATE INDEX access_footprint_reader_origin ON access_footprint (reader, origin, read_at);
CREATE INDEX access_footprint_reader_tag ON access_footprint (reader, tag, read_at);
