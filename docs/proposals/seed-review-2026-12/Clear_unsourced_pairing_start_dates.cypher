// Option B of REPORT.md item 2 (only if the seed writer is not changed to clear emptied columns).
// Five county pairings were seeded with startDate '2014', which no source of the seed states.
// V0400 now leaves their start_date empty, but SeedWriter writes `SET n += properties` and never
// removes a property a row leaves empty, so a store seeded before the correction keeps '2014'.
// Runs once (schema migrations are recorded by version); on a fresh store it finds nothing.
// The `= '2014'` guard leaves alone any value set later through the application.
MATCH (p:Pairing)
WHERE p.key IN ['pair-dongcheng-yunyang', 'pair-fengtai-zhangwan', 'pair-haidian-danjiangkou',
                'pair-fangshan-fangxian', 'pair-daxing-maojian']
  AND p.startDate = '2014'
REMOVE p.startDate;
