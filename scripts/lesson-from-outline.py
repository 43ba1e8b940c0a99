#!/usr/bin/env python3
"""Builds a lesson file (*.myolesson.json) from an outline, for authors of the shipped lessons.

An outline is JSON: {"title", "description", "steps": [{"title", "text", "render": [render options],
"annotations": [{"text", "at": "muscle.trpN"}], "sources": [{"source", "where", "note"?}]}]}. Each step's view
is what `myoatlas render <options> --save-scene` describes, framed for the presentation's picture area (left of
the caption column on a 1920 x 1080 screen), so the camera of every step is made by the app itself.

    scripts/lesson-from-outline.py build/myoatlas outline.json data/lessons/neck.myolesson.json
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def side_of(render):
    if "--side" in render:
        side = render[render.index("--side") + 1]
        return "left" if side == "left" else "right"
    return "right"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, outline_path, out_path = sys.argv[1:]
    outline = json.loads(Path(outline_path).read_text())
    steps = []
    with tempfile.TemporaryDirectory() as tmp:
        for number, step in enumerate(outline["steps"], 1):
            scene_path = Path(tmp) / "step.myoscene.json"
            command = [binary, "render", *step["render"], "--width", "1229", "--height", "1080",
                       "--out", str(Path(tmp) / "step.png"), "--save-scene", str(scene_path)]
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"{outline_path}: step {number} '{step['title']}': {done.stderr.strip()}")
            scene = json.loads(scene_path.read_text())
            side = side_of(step["render"])
            if step.get("annotations"):
                scene["view"]["labels"] = False  # the teacher's labels say it; automatic ones would crowd them
            steps.append({
                "title": step["title"],
                "text": step["text"],
                "annotations": [{"text": a["text"], "trigger_point": a["at"], "side": a.get("side", side)}
                                for a in step.get("annotations", [])],
                "sources": step.get("sources", []),
                # The default body, whatever its mesh count: a regenerated body must not make the lesson "another model".
                "scene": {"app_version": scene["app_version"], "model": {"path": "", "meshes": 0}, "view": scene["view"]},
            })
    lesson = {"format": "myoatlas-lesson", "version": 1, "app_version": steps[0]["scene"]["app_version"] if steps else "",
              "title": outline["title"], "description": outline.get("description", ""), "steps": steps}
    Path(out_path).write_text(json.dumps(lesson, indent=2, ensure_ascii=False) + "\n")
    print(f"{out_path}: {len(steps)} steps")


if __name__ == "__main__":
    main()
