"""What every command shares: env files, --version, -v, the type vocabulary, Ctrl-C, progress."""

from __future__ import annotations

import io
import json
import os
import signal
from pathlib import Path

import pytest

from nexla_recipes._progress import Progress
from nexla_recipes.cli import main
from nexla_recipes.cli.progress import Display
from nexla_recipes.rotate import load_checkpoint
from nexla_sandbox.testing import SandboxServer

from .cli_support import run_cli


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No NEXLA_* in the environment, working directory a fresh temp dir."""
    for name in ("NEXLA_SERVICE_KEY", "NEXLA_ACCESS_TOKEN", "NEXLA_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dotenv_quotes_comments_export_and_both_positions(
    sandbox: SandboxServer, no_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (no_env / "my.env").write_text(
        "# the sandbox\n"
        f'export NEXLA_SERVICE_KEY="{sandbox.service_key}"  # a comment, not part of the key\n'
        f"NEXLA_API_URL='{sandbox.url}'\n"
        "UNRELATED=ignored\n"
    )
    for argv in (["--env-file", "my.env", "quickstart"], ["quickstart", "--env-file", "my.env"]):
        code, out, err = cli(capsys, *argv)
        assert code == 0, err
        assert out.startswith(f"authenticated to {sandbox.url}\n")
        assert err == "settings from my.env: NEXLA_API_URL, NEXLA_SERVICE_KEY\n"
        assert os.environ["NEXLA_SERVICE_KEY"] == sandbox.service_key
        os.environ.pop("NEXLA_SERVICE_KEY")
        os.environ.pop("NEXLA_API_URL")


def test_default_env_file_is_optional_a_named_one_is_not(
    no_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, "quickstart")
    assert (code, out) == (1, "")
    assert err.startswith("error: no Nexla credentials") and "ConfigurationError" not in err
    code, out, err = cli(capsys, "quickstart", "--env-file", "nope.env")
    assert (code, out, err) == (1, "", "error: nope.env: env file not found (check --env-file)\n")


def test_env_file_cannot_redirect_the_real_environments_key(
    sandbox: SandboxServer,
    no_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NEXLA_SERVICE_KEY", sandbox.service_key)
    (no_env / ".env").write_text("NEXLA_API_URL=http://127.0.0.1:9/elsewhere\n")
    code, out, err = cli(capsys, "quickstart")
    assert (code, out) == (1, "")
    assert err.startswith(
        "error: .env sets NEXLA_API_URL but NEXLA_SERVICE_KEY comes from the environment"
    )
    assert sandbox.service_key not in err
    # a file that carries its own key may set the URL; the real environment still wins
    (no_env / ".env").write_text(f"NEXLA_API_URL={sandbox.url}\nNEXLA_SERVICE_KEY=sk-from-file\n")
    code, out, err = cli(capsys, "quickstart")
    assert code == 0 and err == "settings from .env: NEXLA_API_URL\n"


def test_bad_env_file_line_is_one_line(no_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (no_env / "x.env").write_text("NEXLA_SERVICE_KEY=sk-secret-value\nthis is not a setting\n")
    code, out, err = cli(capsys, "quickstart", "--env-file", "x.env")
    assert (code, out) == (1, "")
    assert err == (
        "error: x.env: line 2: is not a KEY=VALUE setting "
        "(fix: write NAME=value (quote values with spaces or #))\n"
    )
    (no_env / "u16.env").write_bytes("NEXLA_SERVICE_KEY=x\n".encode("utf-16"))
    code, _, err = cli(capsys, "quickstart", "--env-file", "u16.env")
    assert code == 1 and err == "error: u16.env: is UTF-16/UTF-32 text (fix: save it as UTF-8)\n"


def test_version_and_usage_errors_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--version")
    assert code == 0 and out.startswith("nexla-recipes ")
    code, out, err = cli(capsys, "health", "--confg", "x")
    assert (code, out) == (1, "")
    assert err.splitlines()[-1].startswith("error: ")
    code, _, _ = cli(capsys, "no-such-command")
    assert code == 1
    code, out, _ = cli(capsys, "--help")
    assert code == 0
    assert "resource types (any command; aliases accepted):" in out
    assert "destinations  destination, data_sinks, data_sink, sinks, sink" in out


def test_verbose_shows_retries_redacted(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.state.faults.configure({"rate_limit_next": 1, "retry_after": 0})
    code, _, err = run_cli(sandbox, monkeypatch, capsys, "list", "--type", "sources", "-v")
    assert code == 0
    assert "nexla_api: " in err and "429" in err
    assert sandbox.service_key not in err
    sandbox.state.faults.configure({"rate_limit_next": 1, "retry_after": 0})
    code, _, err = run_cli(sandbox, monkeypatch, capsys, "list", "--type", "sources")
    assert code == 0 and "nexla_api: " not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--type", "{word}"],
        ["access", "list", "--id", "{id}", "--type", "{word}"],
        ["audit", "--type", "{word}", "--id", "{id}", "--since", "2025-01-01"],
        ["logs", "--resource-type", "{word}", "--resource-id", "{id}"],
    ],
)
def test_one_vocabulary_with_aliases(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    sandbox.admin.reset(seed_data=True)
    sid = str(sandbox.admin.dump("data_sources")[0]["id"])
    results = set()
    for word in ("sources", "source", "data_sources", "data_source", "Sources"):
        args = [a.format(word=word, id=sid) for a in argv]
        code, out, err = run_cli(sandbox, monkeypatch, capsys, *args)
        assert "unknown resource type" not in err
        results.add((code, out))
    assert len(results) == 1  # every spelling means the same thing
    args = [a.format(word="flowz", id=sid) for a in argv]
    code, out, err = run_cli(sandbox, monkeypatch, capsys, *args)
    assert (code, out) == (1, "")
    assert "unknown resource type 'flowz'; use one of" in err


def test_drift_tag_matching_nothing_is_an_error(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.recipes import test_drift

    from .recipes_support import client_for

    test_drift.seed(client_for(sandbox))
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "drift", "--left-tag", "env:nope", "--right-tag", "env:prod"
    )
    assert (code, out) == (1, "")
    assert "env:prod" not in err  # stops before listing the right side
    assert err.endswith(
        "error: tag 'env:nope' matches nothing on the left side (no source, nexset, "
        "destination or transform carries it); check the tag\n"
    )


def items_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "items.yaml"
    path.write_text(
        "".join(
            f"- {{name: item-{i:03d}, source_type: s3, "
            f'source_config: {{path: p/, start.cron: "0 * * * *"}}}}\n'
            for i in range(count)
        ),
        encoding="utf-8",
    )
    return path


def test_batch_create_ctrl_c_stops_starting_work_and_reports(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Ctrl-C (a real SIGINT) as the 5th item finishes: the 6th, already in flight, finishes;
    nothing new starts; exit 130 with a summary and the resume command."""
    path = items_file(tmp_path, 20)
    seen: list[Progress] = []
    original = Display.__call__

    def record(self: Display, event: Progress) -> None:
        original(self, event)
        seen.append(event)
        if event.stage == "create" and event.done == 5:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(Display, "__call__", record)
    before = signal.getsignal(signal.SIGINT)
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "sources", str(path),
        "--concurrency", "1",
    )  # fmt: skip
    assert code == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "stopping: no new work is started" in err
    assert "interrupted: 6 created, 0 skipped, 0 failed, 14 not started\n" in err
    assert err.endswith(
        "resume (names that exist are skipped): nexla-recipes batch-create --type sources "
        f"{path} --env-file {os.devnull} --concurrency 1\n"
    )
    assert out.endswith("totals: created=6, not_started=14\n")
    names = sorted(d["name"] for d in sandbox.admin.dump("data_sources"))
    assert names == [f"item-{i:03d}" for i in range(6)]
    assert max(e.done for e in seen if e.stage == "create") == 6  # bar stays at the work done
    assert signal.getsignal(signal.SIGINT) is before  # the command's handler is removed again

    # the resume command finishes the batch, skipping what exists
    monkeypatch.setattr(Display, "__call__", original)
    code, out, _ = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "sources", str(path), "--json",
        normalised=False,
    )  # fmt: skip
    report = json.loads(out)
    assert code == 0 and report["counts"] == {"created": 14, "skipped": 6}


def test_second_ctrl_c_aborts_without_traceback(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = items_file(tmp_path, 10)
    original = Display.__call__

    def twice(self: Display, event: Progress) -> None:
        original(self, event)
        if event.stage == "list" and "existing sources names" in event.message:
            signal.raise_signal(signal.SIGINT)
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(Display, "__call__", twice)
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "sources", str(path),
        "--concurrency", "1",
    )  # fmt: skip
    assert (code, out) == (130, "")
    assert err.endswith("error: interrupted\n") and "Traceback" not in err
    assert sandbox.admin.dump("data_sources") == []  # it came before the first create


def test_batch_create_rejects_unknown_fields_before_any_request(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "items.yaml"
    path.write_text(
        "- {name: ok, source_type: s3}\n- {name: typo, source_type: s3, source_confg: {p: 1}}\n"
    )
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "batch-create", "--type", "sources", str(path)
    )
    assert (code, out) == (1, "")
    assert err.startswith(
        f"error: {path}: sources[1] (typo): unknown field(s) `source_confg` (fix: remove or "
        "rename them; a source has "
    )
    assert "source_config" in err and err.count("\n") == 1
    assert sandbox.admin.dump("data_sources") == []


def test_display_modes() -> None:
    """TTY: a bar; not a TTY: a line per tenth; --verbose: a line per item; --json: quiet."""
    events = [Progress("create", f"created item-{i}", i, 20) for i in range(1, 21)]

    def render(**kwargs: bool) -> str:
        stream = io.StringIO()
        with Display(stream=stream, clock=lambda: 0.0, **kwargs) as display:
            display(Progress("list", "listing existing sources"))
            for event in events:
                display(event)
        return stream.getvalue()

    plain = render(tty=False)
    assert plain.splitlines()[0] == "[list] listing existing sources"
    assert plain.splitlines()[1:] == [f"[create] {n}/20 " for n in range(2, 21, 2)]
    verbose = render(tty=False, verbose=True)
    assert verbose.splitlines()[1:] == [f"[{i}/20] created item-{i}" for i in range(1, 21)]
    assert render(tty=False, json_output=True) == ""
    bar = render(tty=True)
    assert "20/20" in bar and "100%" in bar and "eta" in bar


def interrupt_at(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    """Send a real SIGINT the first time a progress event of `stage` is displayed."""
    original = Display.__call__
    sent: list[bool] = []

    def hook(self: Display, event: Progress) -> None:
        original(self, event)
        if event.stage == stage and not sent:
            sent.append(True)
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(Display, "__call__", hook)


def test_deploy_ctrl_c_stops_between_steps_and_resumes(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from .recipes_support import resources
    from .test_deploy import CONFIG

    config = tmp_path / "flow.yaml"
    config.write_text(CONFIG.replace("poll_interval_seconds: 1", "poll_interval_seconds: 0.01"))
    journal = tmp_path / "orders-flow.deploy.jsonl"
    interrupt_at(monkeypatch, "source.create")
    code, out, err = run_cli(sandbox, monkeypatch, capsys, "deploy", str(config), normalised=False)
    assert code == 130 and "Traceback" not in err
    assert out.startswith("deploy orders-flow: interrupted\n")
    assert err.endswith(
        "interrupted: 3 step(s) done, the rest not started\n"
        f"resume: nexla-recipes deploy {config} --resume {journal} --env-file {os.devnull}\n"
        f"or undo: nexla-recipes deploy rollback {journal} --env-file {os.devnull}\n"
    )
    made = resources(sandbox)
    assert [len(made[k]) for k in ("data_credentials", "data_sources", "data_sinks")] == [1, 1, 0]
    events = [json.loads(line) for line in journal.read_text().splitlines()]
    assert events[-1] == {**events[-1], "event": "step.done", "step": "source.create"}

    monkeypatch.undo()
    code, out, err = run_cli(
        sandbox, monkeypatch, capsys, "deploy", str(config), "--resume", str(journal)
    )
    assert code == 0, err
    assert "  resumed    source.create  finished in an earlier run\n" in out
    after = resources(sandbox)
    assert len(after["data_sources"]) == 1 and len(after["data_sinks"]) == 1


def test_rotate_ctrl_c_finishes_the_flow_in_hand_then_stops(
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from tests.recipes import test_rotate

    from .recipes_support import client_for

    test_rotate.seed(client_for(sandbox))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TEST_PG_PASSWORD", "n3w-s3cret")
    (tmp_path / "plan.yaml").write_text(
        "new_credential:\n  name: pg-2025\n  credentials_type: postgres\n"
        "  credentials:\n    host: db2\n    port: 5432\n    username: etl\n"
        "    database_name: analytics\n    password: ${TEST_PG_PASSWORD}\n"
    )
    argv = ["rotate", "--tag", "env:prod", "--new-credential", "plan.yaml"]
    interrupt_at(monkeypatch, "rotate.pause")
    code, out, err = run_cli(sandbox, monkeypatch, capsys, *argv)
    assert code == 130 and "Traceback" not in err, err
    assert "interrupted: rotation stopped on request after 1 of 2 flow(s)" in err
    assert err.endswith(
        "resume: nexla-recipes rotate --tag env:prod --new-credential plan.yaml "
        f"--checkpoint rotation-env_prod.checkpoint.json --resume --env-file {os.devnull}\n"
    )
    saved = load_checkpoint(tmp_path / "rotation-env_prod.checkpoint.json")
    assert [f["phase"] for f in saved["flows"]] == ["verified", "pending"]  # none left paused
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TEST_PG_PASSWORD", "n3w-s3cret")
    code, out, err = run_cli(sandbox, monkeypatch, capsys, *argv, "--resume")
    assert code == 0, err
    assert "rotation finished" in out


def test_deep_json_arguments_are_one_line(
    no_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOOK_KEY", "k")
    deep = "[" * 100_000
    code, out, err = cli(capsys, "task", "run", "--type", "export", "--arguments", deep)
    assert (code, out, err) == (1, "", "error: --arguments is nested too deeply\n")
    hook = ["webhook", "send", "--url", "http://127.0.0.1:9/x", "--api-key-env", "HOOK_KEY"]
    code, out, err = cli(capsys, *hook, "--record", deep)
    assert (code, out, err) == (1, "", "error: --record is nested too deeply\n")
