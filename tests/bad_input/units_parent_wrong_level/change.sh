sed -i "5s/,s-fjellvik-01,/,k-fjellvik,/" units.csv
