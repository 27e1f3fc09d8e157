#!/usr/bin/env python3
"""A plain SQLite bulk insert, as a reference for evalkit-bench's segment loading.

usage: sqlite_reference.py SEGMENTS.tsv DATABASE

Reads rows "answerID<TAB>codeID<TAB>coder" (not timed), then inserts them in one transaction into a
table shaped like EvalKit's segment table (the same unique and secondary indexes, WAL, synchronous
FULL) and prints the seconds the insert and its commit took.
"""
import sqlite3
import sys
import time

rows = []
with open(sys.argv[1], encoding="utf-8") as file:
    for line in file:
        answer, code, coder = line.rstrip("\n").split("\t")
        rows.append((int(answer), code, coder, "2011-03-13 07:06:40.000"))
database = sqlite3.connect(sys.argv[2], isolation_level=None)
database.executescript("""
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    CREATE TABLE segment (
        id INTEGER PRIMARY KEY AUTOINCREMENT, answerID INTEGER NOT NULL, codeID TEXT NOT NULL,
        coder TEXT NOT NULL, start INTEGER, "end" INTEGER, memo BLOB, createdAt DATETIME NOT NULL);
    CREATE UNIQUE INDEX segment_unique ON segment(answerID, codeID, coder, IFNULL(start, -1), IFNULL("end", -1));
    CREATE INDEX segment_on_coder ON segment(coder, answerID);
    CREATE INDEX segment_on_codeID ON segment(codeID);
""")
started = time.perf_counter()
database.execute("BEGIN")
database.executemany(
    "INSERT OR IGNORE INTO segment (answerID, codeID, coder, createdAt) VALUES (?, ?, ?, ?)", rows)
database.execute("COMMIT")
print(f"{time.perf_counter() - started:.6f}")
