#!/usr/bin/python3
"""The JSON Schemas of schema/ against the loader, with a standard validator (python3-jsonschema).

    schema_test.py current  BANMIAN SOURCE   schema/*.schema.json are what `banmian schema` prints
    schema_test.py examples BANMIAN SOURCE   every example validates and names its schema on line 1
    schema_test.py refused  BANMIAN SOURCE   bad inputs the loader refuses, the schema refuses too

Exit status 0 when every check passes; each failure is printed.
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """YAML as the loader and the YAML language server read it: a date such as 2020-08-24 stays text
    (PyYAML's YAML 1.1 would make it a datetime, which no JSON Schema type describes)."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

KINDS = ("layout", "data", "manifest")


def validator(source, kind):
    schema = json_load(source / "schema" / f"{kind}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def json_load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def examples(source):
    return {
        "layout": sorted((source / "layouts").glob("*.yaml")),
        "data": sorted((source / "data").glob("*.yaml")),
        "manifest": sorted((source / "manifests").glob("*.yaml")),
    }


def check_current(banmian, source):
    failures = []
    for kind in KINDS:
        printed = subprocess.run([banmian, "schema", kind], capture_output=True, text=True, check=True).stdout
        stored = (source / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8")
        if printed != stored:
            failures.append(f"schema/{kind}.schema.json is not what `banmian schema {kind}` prints: "
                            f"run `banmian schema {kind} > schema/{kind}.schema.json`")
    return failures


def check_examples(banmian, source):
    failures = []
    for kind, files in examples(source).items():
        if not files:
            failures.append(f"no example {kind} file")
        check = validator(source, kind)
        for path in files:
            first = path.read_text(encoding="utf-8").splitlines()[0]
            expected = f"# yaml-language-server: $schema=../schema/{kind}.schema.json"
            if first != expected:
                failures.append(f"{path}: line 1 is {first!r}, not {expected!r}")
            for error in check.iter_errors(yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)):
                failures.append(f"{path}: {error.json_path}: {error.message}")
    return failures


# Each case: the kind of file, the example it edits, the text replaced (once) and its replacement. The
# loader must refuse the edited file (a located error in it) and so must the schema.
REFUSED = [
    ("layout", "broadsheet-feature", "  gutter: 8pt", "  gutter: 8pt\n  colums: 8", "unknown key in the grid"),
    ("layout", "broadsheet-feature", "  gutter: 8pt", "  gutter: 8px", "a length with an unknown unit"),
    ("layout", "broadsheet-feature", "  gutter: 8pt", "  gutter: {a: 1}", "a map where a length belongs"),
    ("layout", "broadsheet-feature", "body:      {font: song, size: 9pt, leading: 13pt,",
     "body:      {font: song, size: 9pt,", "a style without its required leading"),
    ("layout", "broadsheet-feature", "body:      {font: song, size: 9pt,",
     "body:      {font: song, kinsoku: strictest, size: 9pt,", "a kinsoku level that does not exist"),
    ("layout", "broadsheet-feature", "body:      {font: song, size: 9pt,",
     "body:      {font: song, hanging-punctuation: start, size: 9pt,", "a hanging-punctuation word that does not exist"),
    ("layout", "broadsheet-feature", "body:      {font: song, size: 9pt,",
     "body:      {font: song, orphans: 0, size: 9pt,", "orphans below 1"),
    ("layout", "broadsheet-feature", "body:      {font: song, size: 9pt,",
     "body:      {font: song, widows: 11, size: 9pt,", "widows above 10"),
    ("layout", "broadsheet-feature", "body:      {font: song, size: 9pt,",
     "body:      {font: song, punctuation: full, size: 9pt,", "a punctuation style that does not exist"),
    ("layout", "broadsheet-feature", "strong:      {font: hei, weight: 700}", "strong:      {font: hei, weight: 1000}",
     "a weight above 900"),
    ("layout", "broadsheet-feature", "{name: body, kind: flow, content: body,",
     "{name: body, kind: flow, style: body, content: body,", "a key that does not apply to a flow frame"),
    ("layout", "broadsheet-feature", "{name: body, kind: flow,", "{name: body, kind: float,", "a frame kind that does not exist"),
    ("layout", "broadsheet-feature", "columns: [1, 8], rows: [32, 99]", "columns: [1], rows: [32, 99]",
     "a column pair of one number"),
    ("layout", "broadsheet-feature", '  song: ["Noto Serif CJK SC", "AR PL UMing CN"]', "  song: []",
     "a font role without families"),
    ("layout", "a4-bulletin", 'band: "#e8eef3"', 'band: "#e8eef"', "a colour of five hex digits"),
    ("data", "liling-2020h1", "  - {id: hero, caption: 中国陶瓷谷}", "  - {id: hero, captoin: 中国陶瓷谷}",
     "a misspelt key in a photo (so no caption)"),
    ("data", "liling-2020h1", "  date: 2020-08-24", "  date: 2020/08/24", "a date not written yyyy-mm-dd"),
    ("data", "liling-2020h1", "  body: {file: liling-2020h1.md}", "  body: {file: liling-2020h1.md, lang: zh}",
     "a story file with a key of its own"),
    ("data", "qinglan-2026q3", "    rows: 16", "    rows: 1", "a chart of one row"),
    ("data", "qinglan-2026q3", "    mark: bar", "    mark: bars", "a chart mark that does not exist"),
    ("data", "qinglan-2026q3", "  edition: 3", "  edition: 3\n  volume: 2", "an unknown publication key"),
    ("manifest", "examples", "defaults: {strict: false, dpi: 150}", "defaults: {strict: false, dpi: 5}",
     "a dpi below 10"),
    ("manifest", "examples", "defaults: {strict: false,", "defaults: {strict: maybe,", "strict that is no boolean"),
    ("manifest", "examples", "  - {id: a4-bulletin,", "  - {id: a4-bulletin, backend: pdf,", "a backend that does not exist"),
]


def edited(source, folder, kind, name, old, new):
    """The example copied into `folder` with the edit, and what it needs beside it (stories)."""
    subfolder = {"layout": "layouts", "data": "data", "manifest": "manifests"}[kind]
    original = source / subfolder / f"{name}.yaml"
    text = original.read_text(encoding="utf-8")
    if text.count(old) != 1:
        raise SystemExit(f"{original}: {old!r} occurs {text.count(old)} times, not once")
    target = folder / subfolder / original.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.replace(old, new), encoding="utf-8")
    if kind == "data":
        for story in (source / "data").glob("*.md"):
            shutil.copy(story, target.parent / story.name)
    return target


def loader_refuses(banmian, source, kind, path):
    if kind == "manifest":
        command = [banmian, "batch", str(path), "-j1"]
    else:
        layout = path if kind == "layout" else source / "layouts" / "a4-bulletin.yaml"
        data = path if kind == "data" else source / "data" / "qinglan-2026q3.yaml"
        command = [banmian, "check", str(layout), str(data)]
    run = subprocess.run(command, capture_output=True, text=True)
    return run.returncode == 1 and f"{path}:" in run.stderr and ": error: " in run.stderr, run.stderr


def check_refused(banmian, source):
    failures = []
    validators = {kind: validator(source, kind) for kind in KINDS}
    with tempfile.TemporaryDirectory() as scratch:
        for number, (kind, name, old, new, what) in enumerate(REFUSED):
            path = edited(source, pathlib.Path(scratch) / str(number), kind, name, old, new)
            refused, stderr = loader_refuses(banmian, source, kind, path)
            if not refused:
                failures.append(f"{what}: the loader did not refuse it with a located error:\n{stderr}")
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
            if validators[kind].is_valid(document):
                failures.append(f"{what}: the schema accepts what the loader refuses")
    if len(REFUSED) < 10:
        failures.append(f"only {len(REFUSED)} kinds of bad input")
    return failures


def main():
    mode, banmian, source = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    checks = {"current": check_current, "examples": check_examples, "refused": check_refused}
    failures = checks[mode](banmian, source)
    for failure in failures:
        print(f"FAILED: {failure}")
    print(f"{mode}: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
