#!/usr/bin/env python3
"""Auto-coding the plain way, as a reference for evalkit-bench: one regular expression per
phrase and per pattern, run over every answer with Python's re module.

usage: autocoding_reference.py RULES.json CORPUS.txt

RULES.json is a list of {"code": ..., "phrases": [...], "patterns": [...]}; CORPUS.txt holds one
answer per line. Matching follows EvalKit's rules (docs/codebook.md): text folded to lower case
without accents (đ as d) and with runs of white space as one space, whole words only, spans of
one code that overlap merged into one. Prints one line per match, "answer<TAB>code<TAB>start<TAB>end"
(code points of the original answer, end exclusive), then "# seconds S" for the matching alone.
"""
import json
import re
import sys
import time
import unicodedata


def fold_character(character):
    if character in "Đđ":
        return "d"
    decomposed = unicodedata.normalize("NFD", character.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text):
    characters, origins = [], []
    for index, character in enumerate(text):
        if character.isspace():
            if not characters or characters[-1] != " ":
                characters.append(" ")
                origins.append(index)
            continue
        for folded in fold_character(character):
            characters.append(folded)
            origins.append(index)
    return "".join(characters), origins


def is_word_character(character):
    return character.isalnum() or character == "_"


def whole_words(folded, start, end):
    if start == end:
        return False
    before = start == 0 or not is_word_character(folded[start - 1])
    after = end == len(folded) or not is_word_character(folded[end])
    return before and after


def merged(spans):
    result = []
    for code in sorted({code for code, _, _ in spans}):
        current = None
        for start, end in sorted((s, e) for c, s, e in spans if c == code):
            if current and start < current[1]:
                current = (current[0], max(current[1], end))
            else:
                if current:
                    result.append((current[0], current[1], code))
                current = (start, end)
        if current:
            result.append((current[0], current[1], code))
    return sorted(result)


def main():
    rules = json.load(open(sys.argv[1], encoding="utf-8"))
    answers = open(sys.argv[2], encoding="utf-8").read().split("\n")
    if answers and answers[-1] == "":
        answers.pop()
    expressions = []
    for rule in rules:
        for phrase in rule["phrases"]:
            folded = fold(phrase)[0].strip(" ")
            if folded:
                # A look-ahead finds overlapping occurrences of the same phrase too.
                expressions.append((rule["code"], re.compile("(?=(" + re.escape(folded) + "))"), 1))
        for pattern in rule["patterns"]:
            expressions.append((rule["code"], re.compile(pattern, re.IGNORECASE), 0))
    started = time.perf_counter()
    lines = []
    for number, answer in enumerate(answers):
        folded, origins = fold(answer)
        spans = set()
        for code, expression, group in expressions:
            for match in expression.finditer(folded):
                start, end = match.span(group)
                if whole_words(folded, start, end):
                    spans.add((code, origins[start], origins[end - 1] + 1))
        for start, end, code in merged(spans):
            lines.append(f"{number}\t{code}\t{start}\t{end}")
    seconds = time.perf_counter() - started
    sys.stdout.write("\n".join(lines) + "\n")
    print(f"# seconds {seconds:.6f}")


main()
