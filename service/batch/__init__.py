"""``wirecheck batch``: analyze a folder of articles into resumable JSONL, locally or on Ray."""
