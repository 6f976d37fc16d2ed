"""pip-audit over the installed dependencies: every finding is fixed or explained in
SECURITY.md (section "Dependency audit")."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FINDING = re.compile(r"^\|\s*`?([A-Z]+-[\w-]+)`?\s*\|", re.M)


def explained_findings(security_md: str) -> set[str]:
    """Finding ids (PYSEC-…, GHSA-…, CVE-…) in the table of the "Dependency audit" section."""
    section = security_md.split("## Dependency audit", 1)[-1].split("\n## ", 1)[0]
    return set(FINDING.findall(section))


def unexplained(report: dict, explained: set[str]) -> list[str]:
    """``package version: id`` for every vulnerability none of whose ids (or aliases) is
    explained."""
    out = []
    for dep in report.get("dependencies", []):
        for vuln in dep.get("vulns", []):
            ids = {vuln["id"], *vuln.get("aliases", [])}
            if not ids & explained:
                out.append(f"{dep['name']} {dep['version']}: {vuln['id']}")
    return out


def test_the_gate_accepts_only_explained_findings():
    md = (
        "# x\n## Dependency audit\n| Finding | Package | Why |\n|---|---|---|\n"
        "| PYSEC-2024-1 | flask | not used |\n## Next\n| GHSA-aaaa-bbbb | x | y |\n"
    )
    explained = explained_findings(md)
    assert explained == {"PYSEC-2024-1"}  # only the audit section counts
    report = {
        "dependencies": [
            {"name": "flask", "version": "1.0", "vulns": [{"id": "PYSEC-2024-1"}]},
            {"name": "jinja2", "version": "2.0", "vulns": [{"id": "GHSA-x", "aliases": []}]},
            {
                "name": "werkzeug",
                "version": "2.0",
                "vulns": [{"id": "X", "aliases": ["PYSEC-2024-1"]}],
            },
            {"name": "dash", "skip_reason": "Dependency not found on PyPI"},
        ]
    }
    assert unexplained(report, explained) == ["jinja2 2.0: GHSA-x"]


def test_installed_dependencies_have_no_unexplained_vulnerability():
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip_audit",
            "--format",
            "json",
            "--progress-spinner",
            "off",
            "--skip-editable",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode in (0, 1), f"pip-audit did not run: {run.stderr[-2000:]}"
    report = json.loads(run.stdout)
    deps = report["dependencies"]
    assert len(deps) > 50  # every installed distribution was looked at
    audited = [d for d in deps if "skip_reason" not in d]
    print(f"pip-audit: {len(audited)} of {len(deps)} distributions audited")
    explained = explained_findings((ROOT / "SECURITY.md").read_text(encoding="utf-8"))
    bad = unexplained(report, explained)
    assert not bad, "vulnerabilities not explained in SECURITY.md: " + "; ".join(bad)
