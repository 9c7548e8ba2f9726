"""The shared directory on a PostgreSQL/PostGIS server, and the offline copies that sync with it.

- :mod:`.connect` reaches the server (TLS unless local, passwords never stored);
- :mod:`.migrate` creates or migrates its schema (``migrations/NNN_*.sql``) and adds members;
- :mod:`.kinds` says which records are shared and how each is read and written;
- :mod:`.merge` is the field-level three-way merge;
- :mod:`.push` and :mod:`.pull` move changes; :mod:`.sync` runs share, clone and sync;
- :mod:`.listen` hears other people's changes (LISTEN/NOTIFY).
"""
