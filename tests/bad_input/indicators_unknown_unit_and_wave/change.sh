sed -i "2s/^k-fjellvik,2016,/k-fjelvik,2016,/; 3s/^k-fjellvik,2016,/k-fjellvik,2015,/" indicators.csv
