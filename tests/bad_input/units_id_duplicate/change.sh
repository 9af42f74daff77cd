sed -i "6s/^c-fjellvik-01-2a,/c-fjellvik-01-1a,/" units.csv
