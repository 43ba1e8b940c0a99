#!/usr/bin/env python3
"""Writes the pain-guide table of docs/ATLAS.md from data/pain_areas.json (between the 'pain-guide table'
markers), so the document always says what the data holds. Run after editing a guide list:

    scripts/pain-guide-table.py          # rewrites docs/ATLAS.md in place
    scripts/pain-guide-table.py --check  # exit 1 if docs/ATLAS.md is out of date
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- pain-guide table: begin -->", "<!-- pain-guide table: end -->"


def names():
    out = {}
    for f in sorted((ROOT / "data" / "muscles").glob("*.json")):
        for m in json.loads(f.read_text())["muscles"]:
            out[m["id"]] = m["name"]
    return out


def muscle_list(entries, zone, muscle_names):
    seen, out = set(), []
    for e in entries:
        if e["zone"] != zone:
            continue
        label = e.get("as") or muscle_names[e["muscle"]]
        if label not in seen:
            seen.add(label)
            out.append(label)
    return ", ".join(out) or "-"


def table():
    areas = json.loads((ROOT / "data" / "pain_areas.json").read_text())["pain_areas"]
    muscle_names = names()
    lines = ["| Area (id) | The guide's name | Source | Essential (bold in the guide) | Spillover (plain) |",
             "| --- | --- | --- | --- | --- |"]
    differences = []
    for a in areas:
        g = a.get("guide")
        if not g:
            continue
        lines.append("| %s (`%s`) | %s | %s, %s | %s | %s |" % (
            a["name"], a["id"], g["name"], g["source"], g["where"],
            muscle_list(g["muscles"], "essential", muscle_names), muscle_list(g["muscles"], "spillover", muscle_names)))
        for k in g.get("known_differences", []):
            differences.append("| %s | `%s` | %s |" % (a["name"], k["trigger_point"], k["reason"]))
    others = [a for a in areas if not a.get("guide")]
    lines += ["", "Areas finer than the guides or outside them (answered from the painted patterns alone): " +
              ", ".join("%s (`%s`)" % (a["name"], a["id"]) for a in others) + ".", "",
              "Known differences (a pattern painted over an area's core whose muscle the guide does not list there):", "",
              "| Area | Trigger point | Why the atlas keeps it |", "| --- | --- | --- |"] + differences
    return "\n".join(lines)


def main():
    doc = ROOT / "docs" / "ATLAS.md"
    text = doc.read_text()
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    new = text[:start] + "\n" + table() + "\n" + text[end:]
    if "--check" in sys.argv:
        sys.exit(0 if new == text else 1)
    doc.write_text(new)


if __name__ == "__main__":
    main()
