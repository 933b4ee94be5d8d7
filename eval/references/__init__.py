"""Hand-labelled reference articles that ``wirecheck eval`` scores against."""
