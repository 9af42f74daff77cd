sed -i "4s/,Fjellvik skole,/,Fjellvik\x07skole,/" units.csv
