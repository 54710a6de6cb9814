"""Training scripts for guard's small model heads (not part of the installed package)."""
