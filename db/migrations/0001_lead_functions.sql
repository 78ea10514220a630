-- Union of two tag arrays, keeping first-seen order and dropping repeats.
CREATE OR REPLACE FUNCTION merge_tags(existing text[], added text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN added IS NULL OR cardinality(added) = 0 OR existing @> added THEN coalesce(existing, '{}')
    ELSE (
      SELECT array_agg(tag ORDER BY position)
      FROM (
        SELECT tag, min(position) AS position
        FROM unnest(coalesce(existing, '{}') || added) WITH ORDINALITY AS u(tag, position)
        GROUP BY tag
      ) AS merged
    )
  END
$$;
