#!/usr/bin/env python3
"""Formats data/body/muscles.json in the project's layout, and applies measured muscle courses to it.

  scripts/body-muscles.py --format
      rewrite data/body/muscles.json in the canonical layout (one point per item, a bundle's fields on one line)
  scripts/body-muscles.py --apply STATIONS.json MUSCLE [MUSCLE ...]
      replace the bundles of the named muscles by the courses measured on BodyParts3D: one tube per real mesh
      (a head or part), through its stations (landmark, offset, width, thickness), keeping the muscle's shape if
      it is a tube, its depth and its tendon share. STATIONS.json comes from
      build/myoatlas-genbody --compare ../shared/realdata/bodyparts3d/bp3d_mm_zup_muscles_bones.glb \\
          --measure-stations STATIONS.json
      Stations are ordered from origin to insertion by the muscle's present origin.

Only numbers measured on the real meshes go into the data (docs/ANATOMY.md), never the meshes.
"""
import argparse
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "body", "muscles.json")
LANDMARKS = os.path.join(ROOT, "src", "core", "body", "BodyLandmarks.cpp")


def num(x):
    s = "%.2f" % x
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return "0" if s in ("-0", "") else s


def fmt_point(p):
    parts = ['"at": "%s"' % p["at"]]
    if "offset" in p:
        parts.append('"offset": [%s]' % ", ".join(num(v) for v in p["offset"]))
    for k in ("width", "thickness"):
        if k in p:
            parts.append('"%s": %s' % (k, num(p[k])))
    return "{" + ", ".join(parts) + "}"


def fmt_value(v):
    if isinstance(v, list):
        return "[" + ", ".join(num(x) for x in v) + "]"
    return json.dumps(v) if isinstance(v, str) else num(v)


def fmt_bundle(b):
    order = ("comment", "source", "shape", "width", "thickness", "depth", "depth_end", "tendon_end", "tendon_start", "free_end", "free_start", "intersections", "across", "cross_section")
    # Every field is kept, in this order, then any the list does not know yet (it once dropped free_start).
    keys = [k for k in order if k in b] + [k for k in b if k not in order and k != "sections"]
    head = "        {" + ", ".join('"%s": %s' % (k, fmt_value(b[k])) for k in keys) + ","
    sections = ",\n".join("           [" + ", ".join(fmt_point(p) for p in s) + "]" for s in b["sections"])
    return head + '\n         "sections": [\n' + sections + "\n         ]}"


def fmt_file(doc):
    out = ["{"]
    for k in ("$schema", "comment"):
        if k in doc:
            out.append("  %s: %s," % (json.dumps(k), json.dumps(doc[k])))
    def entry_list(key):
        entries = []
        for m in doc[key]:
            lines = ["    {", '      "id": "%s",' % m["id"]]
            if "name" in m:
                lines.append('      "name": %s,' % json.dumps(m["name"]))
            if "comment" in m:
                lines.append('      "comment": %s,' % json.dumps(m["comment"]))
            if "muscles" in m:
                lines.append('      "muscles": %s,' % json.dumps(m["muscles"]))
            unknown = sorted(set(m) - {"id", "name", "comment", "muscles", "bundles"})
            if unknown:
                sys.exit("body-muscles.py: %s has fields the formatter does not know: %s" % (m["id"], ", ".join(unknown)))
            lines.append('      "bundles": [')
            lines.append(",\n".join(fmt_bundle(b) for b in m["bundles"]))
            lines.append("      ]")
            lines.append("    }")
            entries.append("\n".join(lines))
        return ",\n".join(entries)

    out.append('  "muscles": [')
    out.append(entry_list("muscles"))
    for key in ("fasciae", "other_muscles"):
        if key in doc:
            out.append("  ],")
            out.append('  "%s": [' % key)
            out.append(entry_list(key))
    out.append("  ]")
    out.append("}")
    return "\n".join(out) + "\n"


def landmarks():
    text = open(LANDMARKS).read()
    return {m.group(1): tuple(float(m.group(i)) for i in (2, 3, 4))
            for m in re.finditer(r'\{"([a-z0-9_]+)", \{(-?[0-9.]+)f, (-?[0-9.]+)f, (-?[0-9.]+)f\}\}', text)}


def position(p, table):
    q = table[p["at"]]
    o = p.get("offset", [0, 0, 0])
    return (q[0] - o[0] / 100, q[1] + o[1] / 100, q[2] + o[2] / 100)


def centroid(points):
    return tuple(sum(c) / len(points) for c in zip(*points))


def apply(doc, stations, names):
    table = landmarks()
    by_id = {m["id"]: m for m in doc["muscles"]}
    for name in names:
        muscle = by_id[name]
        old = muscle["bundles"][0]
        origin = centroid([position(p, table) for p in old["sections"][0]])
        shape = old["shape"] if old["shape"] in ("fusiform", "strap", "pennate") else "strap"
        bundles = []
        for real in stations["muscles"][name]:
            st = real["stations"]
            if math.dist(position(st[-1], table), origin) < math.dist(position(st[0], table), origin):
                st = list(reversed(st))
            b = {"source": "BodyParts3D: " + real["mesh"].split("_")[-1], "shape": shape,
                 "width": max(s["width"] for s in st), "thickness": max(s["thickness"] for s in st),
                 "depth": old["depth"]}
            for k in ("depth_end", "tendon_end", "tendon_start", "free_end", "free_start", "cross_section"):
                if k in old:
                    b[k] = old[k]
            b["sections"] = [[{k: s[k] for k in ("at", "offset", "width", "thickness")}] for s in st]
            bundles.append(b)
        muscle["bundles"] = bundles


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--format", action="store_true")
    ap.add_argument("--apply", metavar="STATIONS")
    ap.add_argument("muscles", nargs="*")
    args = ap.parse_args()
    doc = json.load(open(DATA))
    if args.apply:
        apply(doc, json.load(open(args.apply)), args.muscles)
    elif not args.format:
        ap.error("say --format or --apply STATIONS MUSCLE...")
    tmp = DATA + ".tmp"
    with open(tmp, "w") as f:
        f.write(fmt_file(doc))
    os.replace(tmp, DATA)


if __name__ == "__main__":
    main()
