"""End-to-end tier: the proxy in front of the real embedded model (SmolLM2 on llama.cpp).

The model server starts once per session on 127.0.0.1 and is stopped at the end.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guard.local_model import LocalModel


@pytest.fixture(scope="session")
def local_model() -> Iterator[LocalModel]:
    with LocalModel(n_ctx=2048) as model:
        yield model
