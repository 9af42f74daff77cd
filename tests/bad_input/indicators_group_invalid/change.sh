sed -i "s/^k-fjellvik,2016,grunnskolepoeng,gender:F,/k-fjellvik,2016,grunnskolepoeng,jenter,/" indicators.csv
