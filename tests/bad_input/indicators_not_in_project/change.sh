sed -i "s/^k-fjellvik,2016,lesing_5_niva1,/k-fjellvik,2016,nasjonale_prover_lesing,/" indicators.csv
