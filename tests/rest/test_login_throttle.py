"""Login throttling over the REST API: 20 wrong passwords are slowed, then refused; the window passes."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from broadsheet.auth.throttle import LoginThrottle, ThrottlePolicy
from tests.conftest import ORACLE
from tests.rest.conftest import fixture_site_app

CREDENTIALS = json.loads((ORACLE / "credentials.json").read_text())["users"]


def _basic(login: str, password: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()}


def test_wrong_passwords_are_slowed_then_refused_and_the_right_one_works_after_the_window() -> None:
    policy = ThrottlePolicy(window=1.5, free_attempts=3, delay=0.01, max_delay=0.05, lockout_after=10)
    editor = CREDENTIALS["editor"]
    with fixture_site_app("sqlite") as app:
        app.site.config.login_throttle = LoginThrottle(policy=policy)
        answers = [app.handle("GET", "/wp-json/wp/v2/users/me", "", _basic("editor", f"wrong-{i}"), b"")
                   for i in range(20)]
        statuses = [a.status for a in answers]
        assert statuses[:10] == [401] * 10  # anonymous, as WordPress answers bad Basic credentials
        assert set(statuses[10:]) == {429}
        refused = json.loads(answers[-1].body)
        assert refused["code"] == "too_many_login_attempts" and refused["data"]["status"] == 429
        assert dict(answers[-1].headers).get("Retry-After")
        # Still locked out: even the right application password is refused now.
        right = _basic("editor", editor["application_password"])
        assert app.handle("GET", "/wp-json/wp/v2/users/me", "", right, b"").status == 429
        time.sleep(policy.window + 0.1)
        answer = app.handle("GET", "/wp-json/wp/v2/users/me", "", right, b"")
        assert answer.status == 200 and json.loads(answer.body)["id"] == editor["id"]
