"""Coverage gaps: the panel that measures who is out of reach and suggests where to add services."""
