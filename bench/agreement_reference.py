#!/usr/bin/env python3
"""Krippendorff's alpha (nominal) with the `krippendorff` package, as a reference for evalkit-bench.

usage: agreement_reference.py memory FILE CODES UNITS
         FILE holds CODES x 2 x UNITS bytes (code, coder, unit): 0 or 1, 255 for no value.
         Prints one alpha per code, then "# seconds S" for the alphas alone (data already in memory).
       agreement_reference.py csv FILE.csv
         Reads reliability data (columns unit, coder, value) with the csv module and prints alpha:
         the whole job, from the file to the number, as `evalkit agreement --input` does it.
"""
import csv
import sys
import time

import krippendorff
import numpy


def memory(path, codes, units):
    raw = numpy.fromfile(path, dtype=numpy.uint8).reshape(codes, 2, units)
    data = numpy.where(raw == 255, numpy.nan, raw.astype(float))
    started = time.perf_counter()
    alphas = [krippendorff.alpha(reliability_data=data[code], level_of_measurement="nominal") for code in range(codes)]
    seconds = time.perf_counter() - started
    for alpha in alphas:
        print(repr(float(alpha)))
    print(f"# seconds {seconds:.6f}")


def from_csv(path):
    units, coders, values = {}, {}, {}
    cells = []
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = [name.strip().lower() for name in next(reader)]
        unit_column, coder_column, value_column = (header.index(name) for name in ("unit", "coder", "value"))
        for row in reader:
            value = row[value_column].strip()
            unit = units.setdefault(row[unit_column].strip(), len(units))
            coder = coders.setdefault(row[coder_column].strip(), len(coders))
            if value:
                cells.append((coder, unit, values.setdefault(value, len(values))))
    data = numpy.full((len(coders), len(units)), numpy.nan)
    for coder, unit, value in cells:
        data[coder, unit] = value
    print(repr(float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))))


if sys.argv[1] == "memory":
    memory(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
else:
    from_csv(sys.argv[2])
