#!/usr/bin/python3
"""Reads a page's Excel workbook back with openpyxl and compares it with the
page's CSV (tall.csv: table, row, column, value as the page shows it).

    xlsx_matches_csv.py WORKBOOK CSV NOTE_HEADER

Every figure of the CSV must be in the workbook, in the sheet whose first
cell is the table's title, the row whose first cell is the row's name and
the column of the same header: as a number (not text), equal to the shown
figure, with a number format of as many decimals as the page shows; a
percentage as a share in a percent format; a confidence interval in the two
columns after its value; a hidden figure ("– (reason)") as an empty cell
with the reason in the row's note. Prints how many figures it compared and
exits 1 on the first problems.
"""
import csv
import re
import sys

import openpyxl

NUMBER = re.compile(r'([+\u2212-]?\d+(?:,\d+)?)(\u00a0?%)?')


def parse(text):
    """The figures of a shown text: [(value, decimals, percent), ...]."""
    out = []
    for m in NUMBER.finditer(text):
        digits = m.group(1).replace('\u2212', '-').replace('+', '')
        decimals = len(digits.split(',')[1]) if ',' in digits else 0
        out.append((float(digits.replace(',', '.')), decimals, bool(m.group(2))))
    return out


def decimals_of(fmt):
    fmt = fmt.rstrip('%')
    return len(fmt.split('.')[1]) if '.' in fmt else 0


def check(cell, value, decimals, percent, where):
    """What is wrong with `cell` for a shown figure, or []."""
    if cell.data_type != 'n' or not isinstance(cell.value, (int, float)):
        return [f'{where}: {cell.value!r} is not a number']
    want = value / 100 if percent else value
    if abs(cell.value - want) > 1e-9:
        return [f'{where}: {cell.value} in the workbook, {want} on the page']
    if decimals_of(cell.number_format) != decimals or cell.number_format.endswith('%') != percent:
        return [f'{where}: format {cell.number_format!r} for {decimals} decimals, percent {percent}']
    return []


def compare(line, header, by_name):
    """What differs between one CSV line and one sheet, or []."""
    table, row, column, text = line
    where = f'{table} / {row} / {column}'
    name = row[1:] if row.startswith("'") else row  # a name that looks like a formula
    if name not in by_name:
        return [f'{where}: no row']
    cells = list(by_name[name]) + [None] * len(header)
    note = cells[header.index(NOTE)].value if NOTE in header else None
    if text.startswith('\u2013'):
        reason = text[3:-1] if text.startswith('\u2013 (') else ''
        if reason and (note is None or reason not in note):
            return [f'{where}: the note {note!r} lacks {reason!r}']
        if column in header and cells[header.index(column)].value is not None:
            return [f'{where}: a hidden figure has a value']
        return []
    if column in header:
        i = header.index(column)
        figures = parse(text)
        found = check(cells[i], *figures[0], where)
        # "52,0 (51,5–52,5)": the limits in the two columns after, where the
        # sheet has them ("Hamar: nedre grense (95 %)").
        if len(figures) == 3 and i + 2 < len(header) and str(header[i + 1]).startswith(column + ':'):
            found += check(cells[i + 1], *figures[1], where + ' (lower limit)')
            found += check(cells[i + 2], *figures[2], where + ' (upper limit)')
        return found
    # An answer distribution: "Helt uenig: 2,9 % · Litt enig + Helt enig: 40,0 %".
    found = []
    for part in text.split(' \u00b7 '):
        answers, shown = part.rsplit(': ', 1)
        first = answers.split(' + ')[0]
        if first not in header:
            return [f'{where}: no column {first!r}']
        found += check(cells[header.index(first)], *parse(shown)[0], f'{where} / {first}')
    return found


def main():
    global NOTE
    NOTE = sys.argv[3]
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = {}
    for ws in book.worksheets:
        rows = list(ws.iter_rows(values_only=False))
        header = [c.value for c in rows[2]]
        by_name = {r[0].value: r for r in rows[3:] if r and r[0].value is not None}
        # Titles repeat across questionnaires ("Trivsel: svarene på hvert
        # spørsmål"), in the CSV too: a line may match any sheet of its title.
        sheets.setdefault(rows[0][0].value, []).append((header, by_name))
    problems = []
    compared = 0
    with open(sys.argv[2], encoding='utf-8', newline='') as f:
        reader = csv.reader(f)
        next(reader)
        for line in reader:
            compared += 1
            found = [f'{line[0]}: no sheet']
            for header, by_name in sheets.get(line[0], []):
                found = compare(line, header, by_name)
                if not found:
                    break
            problems += found
    print(f'{compared} figures compared, {len(problems)} problems')
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
