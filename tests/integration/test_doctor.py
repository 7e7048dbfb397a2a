"""``client.diagnose()`` and ``tiktoklive-sync doctor``: the connect path walked step by step
against the local TikTok with one fault at a time; each run stops at the step that fails,
names the error the client would raise and says what to do."""

from __future__ import annotations

import pytest
from helpers import server_args, wait_until

from tiktoklive_sync.cli import main
from tiktoklive_sync.doctor import Diagnosis


def steps(diagnosis: Diagnosis):
    return [(step.name.split(" (")[0], step.ok, step.warning) for step in diagnosis.steps]


def failed(diagnosis: Diagnosis):
    step = diagnosis.failed
    assert step is not None, str(diagnosis)
    assert diagnosis.steps[-1] is step  # the walk ends at the first failure
    return step


ALL_STEPS = [
    "network",
    "TikTok's live page",
    "the user",
    "the room",
    "the live status",
    "sign server 1",
    "the signature",
    "the websocket handshake",
    "a first message",
]


def test_a_healthy_path_passes_every_step_and_the_client_would_connect(server, make_client):
    diagnosis = make_client().diagnose()
    assert diagnosis.ok and diagnosis.failed is None, str(diagnosis)
    assert [name for name, _, _ in steps(diagnosis)] == ALL_STEPS
    text = str(diagnosis)
    assert text.startswith("doctor @creator:") and text.endswith("all good: the client connects")
    assert "60/60 a minute" in text or "59/60 a minute" in text  # the sign server's limits, told
    assert server.sign_server.signatures == 1  # it signed once, as a connect does
    (session,) = server.sessions
    assert session.entered
    wait_until(lambda: not session.is_open, what="the doctor's websocket closed")


def test_no_network_stops_at_the_first_step(make_client):
    diagnosis = make_client(app_url="http://tiktok.invalid").diagnose()
    step = failed(diagnosis)
    assert (step.name, step.error) == ("network", "TikTokHTTPError")
    assert "cannot resolve tiktok.invalid" in step.detail and "DNS" in step.advice


def test_an_unknown_user(server, make_client):
    step = failed(make_client("nobody_here").diagnose())
    assert (step.name, step.error) == ("the user", "UserNotFoundError")
    assert "check the handle" in step.advice


def test_an_offline_creator(server, make_client):
    server.live = False
    diagnosis = make_client().diagnose()
    step = failed(diagnosis)
    assert (step.name, step.error) == ("the live status", "UserOfflineError")
    assert [name for name, ok, _ in steps(diagnosis) if ok] == ["network", "TikTok's live page", "the user"]
    assert "wait_until_live" in step.advice


def test_an_age_restricted_room_without_a_session(server, make_client):
    server.age_restricted = True
    step = failed(make_client().diagnose())
    assert (step.name, step.error) == ("the room info", "AgeRestrictedError")
    assert "session_id=" in step.advice
    assert make_client(session_id="adult-session").diagnose().ok


def test_a_captcha_page_is_told_and_the_room_api_taken_instead(server, make_client):
    server.hide_live_page_state()
    diagnosis = make_client().diagnose()
    assert diagnosis.ok, str(diagnosis)
    page = diagnosis.steps[1]
    assert page.name == "TikTok's live page" and "names no room" in page.detail
    server.answer_with_html()  # the room API answers with the captcha wall too
    step = failed(make_client().diagnose())
    assert (step.name, step.error) == ("TikTok's live page", "TikTokHTTPError") and "captcha" in step.advice


def test_a_sign_server_that_refuses_the_key(server, make_client):
    server.api_key = "right-key"
    step = failed(make_client(sign_api_key="wrong").diagnose())
    assert step.name == f"sign server 1 ({server.sign_url})" and step.error == "UnexpectedSignatureError"
    assert "check sign_api_key" in step.advice
    assert make_client(sign_api_key="right-key").diagnose().ok


def test_a_sign_server_with_no_signatures_left(server, make_client):
    server.sign_server.limits["minute"] = (1, 60.0)
    assert make_client().diagnose().ok  # it signs the one it may
    step = failed(make_client().diagnose())
    assert (step.name.split(" (")[0], step.error) == ("sign server 1", "SignatureRateLimitError")
    assert "no signatures left (0/1 a minute" in step.detail and "retry_after" in step.advice


def test_a_sign_server_that_is_down_is_a_warning_while_another_signs(server, make_client):
    backup = server.add_sign_server()
    server.sign_server.faults.go_down()
    diagnosis = make_client(sign_url=[server.sign_url, backup.url]).diagnose()
    assert diagnosis.ok, str(diagnosis)
    first, second = diagnosis.steps[5:7]
    assert (first.ok, first.warning, second.ok, second.warning) == (True, True, True, False)
    assert "the next one signs" in first.detail and "add another" in first.advice
    assert "warn sign server 1" in str(diagnosis)
    backup.stop()
    diagnosis = make_client(sign_url=[server.sign_url, backup.url]).diagnose()
    both = diagnosis.steps[5:]  # none signs: both are failures, and the walk ends
    assert [(step.name.split(" (")[0], step.ok, step.error) for step in both] == [
        ("sign server 1", False, "SignAPIError"),
        ("sign server 2", False, "SignAPIError"),
    ]
    assert diagnosis.failed is both[0] and "cannot reach the sign server" in both[1].detail


def test_a_signature_that_is_rate_limited(server, make_client):
    server.rate_limit_sign(17)
    step = failed(make_client().diagnose())
    assert (step.name, step.error) == ("the signature", "SignatureRateLimitError")
    assert "17" in step.detail


def test_a_refused_websocket_handshake(server, make_client):
    server.refuse_handshake(200, "blocked by risk control")
    diagnosis = make_client().diagnose()
    step = failed(diagnosis)
    assert (step.name, step.error) == ("the websocket handshake", "WebcastBlocked200Error")
    assert "blocked by risk control" in step.detail and "risk control" in step.advice
    assert diagnosis.steps[-2].name == "the signature" and diagnosis.steps[-2].ok


def test_a_room_that_sends_nothing(server, make_client):
    from tiktoklive_sync import doctor

    server.stall()
    original, doctor.FIRST_MESSAGE_WITHIN = doctor.FIRST_MESSAGE_WITHIN, 0.5
    try:
        step = failed(make_client().diagnose())
    finally:
        doctor.FIRST_MESSAGE_WITHIN = original
    assert step.name == "a first message"


@pytest.mark.parametrize(
    "fault, status",
    [(None, 0), ("offline", 1), ("unknown", 3), ("rate limited", 4), ("key", 5)],
    ids=["ok", "offline", "not-found", "rate-limited", "other"],
)
def test_the_doctor_command_prints_the_steps_and_exits_as_the_client_would_fail(
    server, capsys, fault, status
):
    user = "creator"
    if fault == "offline":
        server.live = False
    elif fault == "unknown":
        user = "nobody_here"
    elif fault == "rate limited":
        server.rate_limit_sign(9)
    elif fault == "key":
        server.api_key = "right-key"
    assert main(["doctor", user, *server_args(server)]) == status
    out = capsys.readouterr().out
    assert out.startswith(f"doctor @{user}:")
    assert ("all good" in out) == (status == 0) and ("what to do:" in out) == (status != 0)
