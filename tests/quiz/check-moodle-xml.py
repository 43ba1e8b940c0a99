#!/usr/bin/env python3
"""Checks a Moodle XML question file against the structure Moodle documents and its importer enforces
(docs.moodle.org "Moodle XML format"; question/format/xml/format.php and qtype_multichoice):

- well-formed XML, root <quiz>, an optional category question first ($course$/... path);
- each multichoice question has a name, an HTML question text and general feedback, <single>, <shuffleanswers>,
  an <answernumbering> Moodle knows, and at least two answers with text;
- every answer's fraction (percent) is one of Moodle's grade options, else the import stops on it;
- single-answer questions have one answer at 100%; multiple-answer ones have positive fractions adding to 100%;
- every <img src="@@PLUGINFILE@@/NAME"> has a <file name="NAME" encoding="base64"> holding a PNG of the size the
  tag gives, and every embedded file is used;
- a single-answer question's text does not give its right answer away.

Usage: check-moodle-xml.py FILE [--expect-questions N]. Prints one line per problem and exits 1 on any."""
import base64
import re
import struct
import sys
import xml.etree.ElementTree as ET

GRADES = [1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
          0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0]
NUMBERING = {"abc", "ABCD", "123", "iii", "IIII", "none"}


def main():
    path = sys.argv[1]
    expect = int(sys.argv[sys.argv.index("--expect-questions") + 1]) if "--expect-questions" in sys.argv else None
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"{path}: not well-formed XML: {e}")
        return 1
    if root.tag != "quiz":
        problems.append(f"root element is <{root.tag}>, not <quiz>")
    questions = root.findall("question")
    multichoice = 0
    for n, q in enumerate(questions, 1):
        kind = q.get("type")
        where = f"question {n}"
        if kind == "category":
            text = q.findtext("category/text") or ""
            if not text.startswith("$course$/") and not text.startswith("$system$/"):
                problems.append(f"{where}: category '{text}' does not start with $course$/ or $system$/")
            continue
        if kind != "multichoice":
            problems.append(f"{where}: type '{kind}' is not multichoice")
            continue
        multichoice += 1
        name = (q.findtext("name/text") or "").strip()
        where = f"question {n} ({name[:40]})"
        if not name:
            problems.append(f"{where}: no <name><text>")
        qt = q.find("questiontext")
        if qt is None or qt.get("format") not in ("html", "moodle_auto_format", "plain_text", "markdown"):
            problems.append(f"{where}: <questiontext> missing or with an unknown format")
            continue
        html = qt.findtext("text") or ""
        if not html.strip():
            problems.append(f"{where}: empty question text")
        if q.find("generalfeedback/text") is None:
            problems.append(f"{where}: no <generalfeedback>")
        single = q.findtext("single")
        if single not in ("true", "false"):
            problems.append(f"{where}: <single> is '{single}', not true or false")
        if q.findtext("shuffleanswers") not in ("true", "false", "1", "0"):
            problems.append(f"{where}: <shuffleanswers> missing")
        if q.findtext("answernumbering") not in NUMBERING:
            problems.append(f"{where}: <answernumbering> '{q.findtext('answernumbering')}' is not one Moodle knows")
        # Pictures: each <img> refers to an embedded PNG of its stated size.
        files = {f.get("name"): f for f in qt.findall("file")}
        used = set()
        for img in re.finditer(r'<img\b[^>]*>', html):
            tag = img.group(0)
            src = re.search(r'src="@@PLUGINFILE@@/([^"]+)"', tag)
            if not src:
                problems.append(f"{where}: <img> not pointing at an embedded file: {tag[:60]}")
                continue
            fname = src.group(1)
            used.add(fname)
            f = files.get(fname)
            if f is None or f.get("encoding") != "base64" or f.get("path") != "/":
                problems.append(f"{where}: no base64 <file name=\"{fname}\" path=\"/\"> for the picture")
                continue
            data = base64.b64decode("".join((f.text or "").split()), validate=True)
            if data[:8] != b"\x89PNG\r\n\x1a\n":
                problems.append(f"{where}: {fname} is not a PNG")
                continue
            w, h = struct.unpack(">II", data[16:24])
            tw, th = re.search(r'width="(\d+)"', tag), re.search(r'height="(\d+)"', tag)
            if tw and th and (int(tw.group(1)), int(th.group(1))) != (w, h):
                problems.append(f"{where}: {fname} is {w}x{h} but the tag says {tw.group(1)}x{th.group(1)}")
            if not re.search(r'alt="[^"]+"', tag):
                problems.append(f"{where}: the picture has no alt text")
        for fname in files:
            if fname not in used:
                problems.append(f"{where}: embedded file {fname} is not used")
        # Answers and their fractions.
        answers = q.findall("answer")
        if len(answers) < 2:
            problems.append(f"{where}: {len(answers)} answers; a multiple-choice question needs at least 2")
        fractions = []
        for a in answers:
            text = (a.findtext("text") or "").strip()
            if not text:
                problems.append(f"{where}: an answer without text")
            try:
                frac = float(a.get("fraction", "0")) / 100.0
            except ValueError:
                problems.append(f"{where}: answer '{text}' has fraction '{a.get('fraction')}'")
                continue
            if not any(abs(abs(frac) - g) < 1e-5 for g in GRADES):
                problems.append(f"{where}: answer '{text}' has fraction {a.get('fraction')}%, not one of Moodle's grades")
            fractions.append((frac, text))
        if single == "true":
            if sum(1 for f, _ in fractions if abs(f - 1.0) < 1e-7) != 1:
                problems.append(f"{where}: a single-answer question needs exactly one answer at 100%")
            right = [t for f, t in fractions if f > 0.99]
            for t in right:
                plain = re.sub(r"<[^>]+>", " ", html)
                if t.lower() in plain.lower():
                    problems.append(f"{where}: the question text gives the answer '{t}' away")
        elif single == "false":
            total = sum(f for f, _ in fractions if f > 0)
            if abs(total - 1.0) > 1e-4:
                problems.append(f"{where}: positive fractions add to {total * 100:.5f}%, not 100%")
    if expect is not None and multichoice != expect:
        problems.append(f"{multichoice} multichoice questions, expected {expect}")
    for p in problems:
        print(f"{path}: {p}")
    if not problems:
        print(f"{path}: {multichoice} multichoice questions, all as Moodle imports them")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
