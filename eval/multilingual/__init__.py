"""Claims-only dev set in many languages, marked up by hand (format: eval/datasets/marked.py)."""
