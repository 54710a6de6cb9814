"""Surface 3: the OpenAI-compatible validation proxy (``guard serve``)."""

from __future__ import annotations

from guard.proxy.app import create_app
from guard.proxy.config import ServeConfig, load_serve_config

__all__ = ["ServeConfig", "create_app", "load_serve_config"]
