import json,random,sys
d=json.load(open(sys.argv[1])); rule=sys.argv[2]; sev=sys.argv[3].split(',') if len(sys.argv)>3 else ['error','warning','info']
n=int(sys.argv[4]) if len(sys.argv)>4 else 20
items=[(f['path'].replace('/work/shared/corpus/xliff-real/',''),x) for f in d['files'] for x in f['findings'] if x['rule']==rule and x['severity'] in sev]
random.Random(7).shuffle(items)
for p,x in items[:n]:
    s=(x.get('source') or {}).get('text','')[:150].replace('\n',' '); t=(x.get('target') or {}).get('text','')[:150].replace('\n',' ')
    print(f"## {p} u={x['unit'][:30]} {x['severity']} | {x['message'][:140]}\n   S: {s}\n   T: {t}")
print(len(items),'total')
