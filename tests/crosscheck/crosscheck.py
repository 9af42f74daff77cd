#!/usr/bin/env python3
"""An independent check of kfl's statistics, in plain Python (no kfl code).

    python3 tests/crosscheck/crosscheck.py DATA_DIR OUT_DIR

Recomputes from DATA_DIR's raw files, as data contract section 2 defines
them, and compares with what `kfl build DATA_DIR -o OUT_DIR` wrote:

- every aggregate of OUT/restricted/data/aggregates.csv (all levels): n,
  mean, sd, T, its 95 % CI and d, for every unit, group, area and factor,
  and that every unit and group with enough respondents has its row;
- every row of OUT/data/reliability.csv: Cronbach's alpha and n;
- every row of OUT/data/variation.csv: ICC(1) over every child with n >= 2,
  the spread over every child with n >= min_n_public, and the child count.

Figures agree when they differ by at most 1e-9 of their size (or 1e-12 at
zero: an SD of 0 computed two ways). Different algorithms on purpose: scores
are pooled per leaf unit and group by two passes, then combined exactly
(Chan et al.'s pairwise update), the t quantile comes from its own
incomplete beta function. Prints one line per kind of figure and exits 1 on
the first disagreements (up to 20 listed).
"""
import collections
import csv
import json
import math
import os
import sys

REL = 1e-9
ABS = 1e-12


def close(a, b):
    return abs(a - b) <= max(REL * max(abs(a), abs(b)), ABS)


# --- Student's t quantile, from the regularized incomplete beta function ---

def betacf(a, b, x):
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            break
    return h


def betai(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    lbt = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1) / (a + b + 2):
        return math.exp(lbt) * betacf(a, b, x) / a
    return 1 - math.exp(lbt) * betacf(b, a, 1 - x) / b


def t_cdf(t, df):
    tail = 0.5 * betai(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t > 0 else tail


T_CACHE = {}


def t_quantile_975(df):
    """By Newton's method on t_cdf from 1.96 (the normal quantile)."""
    if df not in T_CACHE:
        log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
        t = 1.96
        for _ in range(100):
            pdf = math.exp(log_c - (df + 1) / 2 * math.log1p(t * t / df))
            step = (t_cdf(t, df) - 0.975) / pdf
            t -= step
            if abs(step) <= 1e-13 * t:
                break
        T_CACHE[df] = t
    return T_CACHE[df]


# --- pooled moments: (n, mean, M2) combined exactly ---

def moments(xs):
    n = len(xs)
    if n == 0:
        return (0, 0.0, 0.0)
    m = math.fsum(xs) / n
    return (n, m, math.fsum((x - m) ** 2 for x in xs))


def combine(parts):
    parts = [p for p in parts if p[0] > 0]
    n = sum(p[0] for p in parts)
    if n == 0:
        return (0, 0.0, 0.0)
    m = math.fsum(p[0] * p[1] for p in parts) / n
    m2 = math.fsum(p[2] for p in parts) + math.fsum(p[0] * (p[1] - m) ** 2 for p in parts)
    return (n, m, m2)


# --- the data set ---

class Data:
    def __init__(self, d):
        self.dir = d
        self.project = json.load(open(os.path.join(d, 'project.json'), encoding='utf-8'))
        self.instruments = {}
        for name in sorted(os.listdir(os.path.join(d, 'instruments'))):
            if name.endswith('.json'):
                ins = json.load(open(os.path.join(d, 'instruments', name), encoding='utf-8'))
                self.instruments[ins['id']] = ins
        self.units = {}
        with open(os.path.join(d, 'units.csv'), encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                self.units[r['id']] = r
        self.missing = set(self.project.get('missing_codes', []))
        self.share = self.project.get('min_items_share', 0.5)
        privacy = self.project['privacy']
        self.min_n_public = privacy['min_n_public']
        self.min_n_restricted = privacy['min_n_restricted']
        self.waves = [w['id'] for w in self.project['waves']]

    def chain(self, unit):
        while unit:
            yield unit
            unit = self.units[unit]['parent']


class Instrument:
    """Scores in kfl's order: factors first, then areas."""

    def __init__(self, ins):
        self.ins = ins
        self.factors = [f for a in ins['areas'] for f in a['factors']]
        self.area_of = [a['id'] for a in ins['areas'] for f in a['factors']]
        self.areas = ins['areas']
        lo, hi = ins['scale']['min'], ins['scale']['max']
        self.reverse = {it['id']: it.get('reverse', False) for f in self.factors for it in f['items']}
        self.flip = lo + hi
        self.background = ins.get('background', [])
        # Score ids as aggregates.csv names them: (area, factor).
        self.ids = [(self.area_of[i], f['id']) for i, f in enumerate(self.factors)]
        self.ids += [(a['id'], '') for a in self.areas]


def score_file(data, instrument, path):
    """Per (unit, gender, grade): a list of respondent scores per score; and
    per factor the complete cases' item values."""
    ins = instrument
    need = [math.ceil(data.share * len(f['items'])) for f in ins.factors]
    factor_index = {f['id']: i for i, f in enumerate(ins.factors)}
    area_factors = [[factor_index[f['id']] for f in a['factors']] for a in ins.areas]
    nf = len(ins.factors)
    leaves = collections.defaultdict(lambda: [[] for _ in ins.ids])
    complete = [[] for _ in ins.factors]
    missing = data.missing
    with open(path, encoding='utf-8', newline='') as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {h: i for i, h in enumerate(header)}
        items = [[(col[it['id']], ins.reverse[it['id']]) for it in fac['items']] for fac in ins.factors]
        ucol = col['unit']
        gcol = col.get('gender') if 'gender' in ins.background else None
        kcol = col.get('grade') if 'grade' in ins.background else None
        for row in reader:
            x = [None] * nf
            for i, cols in enumerate(items):
                vals = []
                for c, rev in cols:
                    v = row[c]
                    if v == '':
                        continue
                    v = int(v)
                    if v in missing:
                        continue
                    vals.append(ins.flip - v if rev else v)
                if len(vals) >= need[i]:
                    x[i] = math.fsum(vals) / len(vals)
                if len(vals) == len(cols):
                    complete[i].append(vals)
            scores = x + [None] * len(area_factors)
            for a, fs in enumerate(area_factors):
                got = [x[i] for i in fs if x[i] is not None]
                if got:
                    scores[nf + a] = math.fsum(got) / len(got)
            key = (row[ucol], row[gcol] if gcol is not None else '', row[kcol] if kcol is not None else '')
            lists = leaves[key]
            for s, v in enumerate(scores):
                if v is not None:
                    lists[s].append(v)
    return {k: [moments(xs) for xs in v] for k, v in leaves.items()}, complete


def alpha(cases):
    k = len(cases[0]) if cases else 0
    if len(cases) < 2 or k < 2:
        return None
    item_var = math.fsum(moments([c[i] for c in cases])[2] for i in range(k))
    total = moments([math.fsum(c) for c in cases])[2]
    if total == 0:
        return None
    return k / (k - 1) * (1 - item_var / total)


class Checker:
    def __init__(self):
        self.problems = []
        self.counts = collections.Counter()

    def same(self, what, where, kfl_text, expected):
        """`where` is a function, called only to report a disagreement."""
        self.counts[what] += 1
        if kfl_text == '' and expected is None:
            return
        if kfl_text == '' or expected is None or not close(float(kfl_text), expected):
            self.problems.append(f'{where()}: {what} kfl {kfl_text!r}, expected {expected!r}')

    def fail(self, text):
        self.problems.append(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data = Data(sys.argv[1])
    out = sys.argv[2]
    check = Checker()

    # Every response file: pooled moments per leaf key and score.
    parts = {}
    for wave in data.waves:
        folder = os.path.join(data.dir, 'responses', wave)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith('.csv') and name[:-4] in data.instruments:
                ins = Instrument(data.instruments[name[:-4]])
                parts[(wave, name[:-4])] = (ins,) + score_file(data, ins, os.path.join(folder, name))

    # Aggregates per (unit, group, score), combined from the leaves.
    def aggregates(ins, leaves):
        pooled = collections.defaultdict(lambda: [[] for _ in ins.ids])
        for (unit, gender, grade), ms in leaves.items():
            groups = ['all'] + (['gender:' + gender] if gender else []) + (['grade:' + grade] if grade else [])
            for u in data.chain(unit):
                for g in groups:
                    lists = pooled[(u, g)]
                    for s, m in enumerate(ms):
                        lists[s].append(m)
        return {k: [combine(p) for p in v] for k, v in pooled.items()}

    aggs = {key: aggregates(p[0], p[1]) for key, p in parts.items()}

    # The reference: the county's respondents in the reference wave, or the
    # instrument's first wave with responses; "same": each wave itself.
    county = next(u for u, r in data.units.items() if r['level'] == 'county')
    ref_wave = data.project['reference_wave']
    reference = {}
    for (wave, iid), a in aggs.items():
        if ref_wave == 'same':
            rw = wave
        else:
            answered = [w for w in data.waves if (w, iid) in aggs and (county, 'all') in aggs[(w, iid)]]
            rw = ref_wave if ref_wave in answered else (answered[0] if answered else None)
        ref = aggs.get((rw, iid), {}).get((county, 'all')) if rw else None
        reference[(wave, iid)] = [(m[1], math.sqrt(m[2] / (m[0] - 1))) if m[0] >= 2 and m[2] > 0 else None
                                  for m in ref] if ref else None

    # aggregates.csv (restricted: every level)
    seen = set()
    with open(os.path.join(out, 'restricted', 'data', 'aggregates.csv'), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            key = (r['wave'], r['instrument'])
            ins = parts[key][0]
            s = ins.ids.index((r['area'], r['factor']))
            where = lambda r=r: f"{r['wave']} {r['instrument']} {r['unit']} {r['group']} {r['area']}/{r['factor']}"
            seen.add((key, r['unit'], r['group'], s))
            n, mean, m2 = aggs[key].get((r['unit'], r['group']), [(0, 0, 0)] * len(ins.ids))[s]
            if r['suppressed'] == '1':
                continue
            check.same('n', where, r['n'], n)
            check.same('mean', where, r['mean'], mean if n else None)
            sd = math.sqrt(m2 / (n - 1)) if n >= 2 else None
            check.same('sd', where, r['sd'], sd)
            ref = reference[key][s] if reference[key] else None
            if ref is None:
                for c in ('t', 't_ci_low', 't_ci_high', 'd'):
                    check.same(c, where, r[c], None)
                continue
            mu, sigma = ref
            d = (mean - mu) / sigma
            t = 50 + 10 * d
            check.same('t', where, r['t'], t)
            check.same('d', where, r['d'], d)
            half = t_quantile_975(n - 1) * 10 * sd / (sigma * math.sqrt(n)) if n >= 2 else None
            check.same('t_ci_low', where, r['t_ci_low'], t - half if half is not None else None)
            check.same('t_ci_high', where, r['t_ci_high'], t + half if half is not None else None)
    # Every unit and group that answered has its row (shown or suppressed).
    for key, a in aggs.items():
        for (unit, group), ms in a.items():
            for s, m in enumerate(ms):
                if m[0] > 0 and (key, unit, group, s) not in seen:
                    check.fail(f'{key} {unit} {group} score {s}: n {m[0]} but no row in aggregates.csv')
    check.counts['rows'] = len(seen)

    # reliability.csv
    with open(os.path.join(out, 'data', 'reliability.csv'), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            ins, leaves, complete = parts[(r['wave'], r['instrument'])]
            i = [fac['id'] for fac in ins.factors].index(r['factor'])
            where = lambda r=r: f"{r['wave']} {r['instrument']} {r['factor']}"
            cases = complete[i]
            check.same('alpha', where, r['alpha'], alpha(cases))
            check.same('alpha n', where, r['n'], len(cases))

    # variation.csv: every child with n >= 2 in the ICC, n >= min_n_public
    # in the spread (data contract 2.8).
    level_of = {u: r['level'] for u, r in data.units.items()}
    children_of = collections.defaultdict(list)  # (part, parent, child level) -> children
    for key, a in aggs.items():
        for (unit, group) in a:
            if group == 'all':
                for p in list(data.chain(unit))[1:]:
                    children_of[(key, p, level_of[unit])].append(unit)
    found_rows = set()
    with open(os.path.join(out, 'data', 'variation.csv'), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            key = (r['wave'], r['instrument'])
            ins = parts[key][0]
            s = ins.ids.index((r['area'], r['factor']))
            found_rows.add((key, r['parent'], r['child_level']))
            where = lambda r=r: f"{r['wave']} {r['instrument']} {r['parent']} {r['child_level']} {r['area']}/{r['factor']}"
            children = [aggs[key][(u, 'all')][s] for u in children_of[(key, r['parent'], r['child_level'])]]
            icc_children = [c for c in children if c[0] >= 2]
            check.same('units', where, r['units'], len(icc_children))
            icc = None
            J = len(icc_children)
            N = sum(c[0] for c in icc_children)
            if J >= 2 and N - J >= 1:
                grand = math.fsum(c[0] * c[1] for c in icc_children) / N
                msb = math.fsum(c[0] * (c[1] - grand) ** 2 for c in icc_children) / (J - 1)
                msw = math.fsum(c[2] for c in icc_children) / (N - J)
                n0 = (N - math.fsum(c[0] ** 2 for c in icc_children) / N) / (J - 1)
                den = msb + (n0 - 1) * msw
                icc = (msb - msw) / den if den != 0 else None
            check.same('icc', where, r['icc'], icc)
            big = [c[1] for c in children if c[0] >= data.min_n_public]
            ref = reference[key][s] if reference[key] else None
            spread = (max(big) - min(big)) / ref[1] if len(big) >= 2 and ref else None
            check.same('spread_d', where, r['spread_d'], spread)
    for row in set(children_of) - found_rows:
        check.fail(f'no variation rows for {row}')

    for what in sorted(check.counts):
        print(f'{what}: {check.counts[what]} compared')
    if check.problems:
        for p in check.problems[:20]:
            print(p)
        print(f'{len(check.problems)} disagreements (relative {REL})')
        sys.exit(1)
    print(f'crosscheck: every figure agrees to a relative {REL}')


if __name__ == '__main__':
    main()
