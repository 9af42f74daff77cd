sed -i "5s/,s-fjellvik-01,/,s-fjelvik-01,/" units.csv
