from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def app():
    from dashboard.app import app as dash_app

    return dash_app


@pytest.fixture
def client(app):
    return app.server.test_client()
