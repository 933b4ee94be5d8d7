"""Small pure metric functions; each takes reference-shaped dicts and returns counts or scores."""
