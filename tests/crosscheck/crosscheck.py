# Independent cross-check of kfl build against the contract definitions, in
# plain Python (no kfl code): recomputes n, mean, SD, T and d of one factor for
# every unit and group, ICC(1) and spread of schools in the county, and
# Cronbach's alpha, from the raw CSV files of data/demo, and compares them
# with output/. Run after `make`: python3 tests/crosscheck/crosscheck.py
import csv, json, math, statistics as st, collections
D='data/demo'
ins=json.load(open(f'{D}/instruments/elev_5_10.json'))
proj=json.load(open(f'{D}/project.json'))
units={r['id']:r for r in csv.DictReader(open(f'{D}/units.csv'))}
def chain(u):
    while u: yield u; u=units[u]['parent']
area=ins['areas'][1]; fac=area['factors'][2]
items=fac['items']; k=len(items); need=math.ceil(proj['min_items_share']*k)
def scores(wave):
    out=[]
    for r in csv.DictReader(open(f'{D}/responses/{wave}/elev_5_10.csv')):
        vals=[]
        for it in items:
            v=r[it['id']]
            if v=='' or int(v) in proj['missing_codes']: continue
            v=int(v)
            if it.get('reverse'): v=ins['scale']['min']+ins['scale']['max']-v
            vals.append(v)
        x=sum(vals)/len(vals) if len(vals)>=need else None
        out.append((r['unit'],r['gender'],x,r))
    return out
ref=[x for u,g,x,r in scores('2016') if x is not None]
mu,sig=st.mean(ref),st.stdev(ref)
rows=scores('2018')
by=collections.defaultdict(list)
for u,g,x,r in rows:
    if x is None: continue
    for a in chain(u):
        by[(a,'all')].append(x)
        if g: by[(a,'gender:'+g)].append(x)
agg={}
for r in csv.DictReader(open('output/restricted/data/aggregates.csv')):
    if r['wave']=='2018' and r['instrument']=='elev_5_10' and r['factor']==fac['id']:
        agg[(r['unit'],r['group'])]=r
checked=0; maxdiff=0
for key,xs in by.items():
    r=agg[key]
    if len(xs)<proj['privacy']['min_n_restricted']:
        assert r['suppressed']=='1'; continue
    if r['suppressed']=='1': continue  # complementary suppression (src/privacy)
    assert int(r['n'])==len(xs),(key,r['n'],len(xs))
    m=st.mean(xs); T=50+10*(m-mu)/sig
    diffs=[abs(float(r['mean'])-m),abs(float(r['t'])-T),abs(float(r['d'])-(m-mu)/sig)]
    if len(xs)>1: diffs.append(abs(float(r['sd'])-st.stdev(xs)))
    maxdiff=max(maxdiff,*diffs); checked+=1
print('factor',fac['id'],'cells checked',checked,'max abs diff',maxdiff)
# ICC(1): schools in the county, from raw respondent scores
school_of=lambda u: next(a for a in chain(u) if units[a]['level']=='school')
g=collections.defaultdict(list)
for u,gg,x,r in rows:
    if x is not None: g[school_of(u)].append(x)
grp=[v for v in g.values() if len(v)>=2]
N=sum(map(len,grp)); J=len(grp); grand=sum(map(sum,grp))/N
msb=sum(len(v)*(st.mean(v)-grand)**2 for v in grp)/(J-1)
msw=sum(sum((x-st.mean(v))**2 for x in v) for v in grp)/(N-J)
n0=(N-sum(len(v)**2 for v in grp)/N)/(J-1)
icc=(msb-msw)/(msb+(n0-1)*msw)
# spread_d uses the schools whose mean the public file publishes
pub={r['unit'] for r in csv.DictReader(open('output/site/data/aggregates.csv'))
     if r['wave']=='2018' and r['instrument']=='elev_5_10' and r['factor']==fac['id']
     and r['group']=='all' and r['suppressed']=='0'}
big=[st.mean(v) for s_,v in g.items() if len(v)>=2 and len(v)>=proj['privacy']['min_n_public'] and s_ in pub]
spread=(max(big)-min(big))/sig
for r in csv.DictReader(open('output/data/variation.csv')):
    if r['wave']=='2018' and r['instrument']=='elev_5_10' and r['factor']==fac['id'] and r['parent']=='hedmark' and r['child_level']=='school':
        print('ICC', icc, r['icc'], 'J', J, r['units'], 'spread', spread, r['spread_d'])
# alpha over complete cases
cc=[]
for u,gg,x,r in rows:
    vals=[]
    for it in items:
        v=r[it['id']]
        if v=='' or int(v) in proj['missing_codes']: break
        v=int(v); vals.append(ins['scale']['min']+ins['scale']['max']-v if it.get('reverse') else v)
    else: cc.append(vals)
iv=sum(st.variance([c[i] for c in cc]) for i in range(k)); tv=st.variance([sum(c) for c in cc])
alpha=k/(k-1)*(1-iv/tv)
for r in csv.DictReader(open('output/data/reliability.csv')):
    if r['wave']=='2018' and r['instrument']=='elev_5_10' and r['factor']==fac['id']:
        print('alpha',alpha,r['alpha'],'n',len(cc),r['n'])
