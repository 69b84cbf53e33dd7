"""Side-by-side extraction benchmark: factcheck against the peers a user would otherwise pick."""
