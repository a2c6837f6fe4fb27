#!/usr/bin/env python3
"""Turn a bracket-annotated stance file into Evident flat JSON lines, with validated offsets.

Input (see stance-blind.tsv): '#' comment lines, then ID<TAB>sentence, every marker written
[covered text|TAG] with TAG a+ / a- (attitude positive / negative), b (booster), c (counter) and
! appended when the marker is negated. Offsets are Unicode code points (Python string indices).

Usage: python3 brackets_to_jsonl.py stance-blind.tsv > stance-blind.jsonl
"""
import json
import re
import sys

MARKER = re.compile(r"\[([^\[\]|]+)\|(a\+|a-|b|c)(!?)\]")
CATEGORY = {"a+": ("attitude", "positive"), "a-": ("attitude", "negative"),
            "b": ("booster", "neutral"), "c": ("counter", "neutral")}


def convert(line_number, doc_id, marked):
    text, spans, last = [], [], 0
    for match in MARKER.finditer(marked):
        text.append(marked[last:match.start()])
        begin = sum(len(part) for part in text)
        covered, tag, negated = match.group(1), match.group(2), match.group(3) == "!"
        if covered != covered.strip():
            sys.exit(f"line {line_number}: marker '{covered}' has outer spaces")
        text.append(covered)
        category, polarity = CATEGORY[tag]
        spans.append({"id": len(spans) + 1, "layer": "stance", "type": "marker", "begin": begin,
                      "end": begin + len(covered), "text": covered, "category": category,
                      "polarity": polarity, "negated": negated})
        last = match.end()
    text.append(marked[last:])
    plain = "".join(text)
    if "[" in plain or "]" in plain or "|" in plain:
        sys.exit(f"line {line_number}: unbalanced or malformed marker in {doc_id}")
    for span in spans:
        if plain[span["begin"]:span["end"]] != span["text"]:
            sys.exit(f"line {line_number}: offsets of '{span['text']}' do not match the text")
    return {"id": doc_id, "text": plain, "offsets": "codepoint", "spans": spans, "attributions": []}


def main(path):
    seen = set()
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            doc_id, _, marked = line.partition("\t")
            if not marked or doc_id in seen:
                sys.exit(f"line {number}: expected a new ID, a tab and a sentence")
            seen.add(doc_id)
            print(json.dumps(convert(number, doc_id, marked), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
