sed -i 's/^\(k-fjellvik,2016,grunnskolepoeng,all,\).*$/\1"40,9"/; s/^\(k-fjellvik,2016,foreldre_hoyere_utdanning,all,\).*$/\131 %/' indicators.csv
