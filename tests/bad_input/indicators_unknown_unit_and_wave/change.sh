sed -i "s/^k-fjellvik,2016,grunnskolepoeng,all,/k-fjelvik,2016,grunnskolepoeng,all,/; s/^k-fjellvik,2016,lesing_5_niva1,/k-fjellvik,2015,lesing_5_niva1,/" indicators.csv
